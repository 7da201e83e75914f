import type { Text } from "@dockerwin/kb";

const t = (en: string, zhHant: string, zhHans: string): Text => ({ en, "zh-Hant": zhHant, "zh-Hans": zhHans });

/** The sentences of an answer on whether a host runs an image of another Windows build. */
export const HOST_IMAGE = {
  builds: t(
    "The host is {host} and the image {image}.",
    "主機是 {host}，映像是 {image}。",
    "主机是 {host}，镜像是 {image}。",
  ),
  build: t("build {n}", "組建 {n}", "内部版本 {n}"),
  namedBuild: t("{cue} (build {n})", "{cue}（組建 {n}）", "{cue}（内部版本 {n}）"),
  newer: t(
    "An image built on a newer Windows build than its host does not run there, with process or with Hyper-V isolation.",
    "映像的 Windows 組建比主機新時，無論用處理序隔離還是 Hyper-V 隔離都無法在該主機上執行。",
    "镜像的 Windows 内部版本比主机新时，无论用进程隔离还是 Hyper-V 隔离都无法在该主机上运行。",
  ),
  same: t(
    "The image is of the host's own build, which runs with either isolation mode.",
    "映像與主機是同一個組建，兩種隔離模式都能執行。",
    "镜像与主机是同一个内部版本，两种隔离模式都能运行。",
  ),
  processMatch: t(
    "With process isolation the container shares the host's kernel, so the image must be of the host's build.",
    "處理序隔離的容器與主機共用核心，因此映像必須與主機是同一個組建。",
    "进程隔离的容器与主机共享内核，因此镜像必须与主机是同一个内部版本。",
  ),
  hyperVOlder: t(
    "With Hyper-V isolation the container brings its own kernel, so a host runs images of older builds as well.",
    "Hyper-V 隔離的容器帶著自己的核心，因此主機也能執行較舊組建的映像。",
    "Hyper-V 隔离的容器带着自己的内核，因此主机也能运行较旧内部版本的镜像。",
  ),
  onlyHyperV: t(
    "An older image runs there with Hyper-V isolation, not with process isolation.",
    "較舊的映像要用 Hyper-V 隔離才能執行，處理序隔離不行。",
    "较旧的镜像要用 Hyper-V 隔离才能运行，进程隔离不行。",
  ),
};
