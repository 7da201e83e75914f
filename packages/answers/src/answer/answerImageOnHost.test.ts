import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

const verdictOf = (q: string) => engine.ask(q).verdict;

describe("a host's build and an image's, settled by the isolation mode", () => {
  it("says no to an image newer than its host, in either mode", () => {
    for (const q of [
      "Can a Windows Server 2019 host run ltsc2022 images?",
      "Will an ltsc2022 image start on a Server 2019 host with Hyper-V isolation?",
      "My host is build 17763. Can it run a 20348 image?",
      "2019 主机能用进程隔离跑 ltsc2022 的镜像吗？",
      "2019 主機能跑 ltsc2022 的映像嗎？",
    ])
      expect(verdictOf(q), q).toBe("NO");
  });

  it("weighs the host a story names and the pronoun points back to, and the mode asked before the one offered", () => {
    askEach(
      [
        "We just set up a new Windows Server 2025 host. Can we keep running our servercore:ltsc2019 images on it with process isolation, or only with Hyper-V isolation?",
        "我們新架了一台 Windows Server 2025 主機。舊的 servercore:ltsc2019 映像能在它上面用處理序隔離跑嗎，還是只能用 Hyper-V 隔離？",
      ],
      (a) => {
        expect(a.interpretation.executor).toBe("imageOnHost");
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/26100/);
      },
    );
  });

  it("asks of the mode the writer can use, not of one they say they cannot", () => {
    askEach(
      [
        "Our Windows Server 2022 hosts do not allow Hyper-V isolation. Can we run images based on Server Core LTSC 2019 with process isolation?",
        "Hyper-V isolation isn't an option on our Windows Server 2022 hosts. Can they run ltsc2019 images?",
        "我們有幾台是 Windows Server 2022，環境不允許開 Hyper-V 隔離，想用 process 隔離直接跑以 Server Core LTSC 2019 為基底的映像，這樣可行嗎？",
        "我们的 Windows Server 2022 主机没办法开 Hyper-V 隔离，能跑 ltsc2019 的镜像吗？",
      ],
      (a) => {
        expect(a.interpretation.executor).toBe("imageOnHost");
        expect(a.verdict).toBe("NO");
      },
    );
    // 能不能用 offers both answers and refuses nothing.
    expect(verdictOf("Windows Server 2022 能不能用进程隔离跑 LTSC 2019 的镜像？")).toBe("NO");
    // Named with no refusal, the mode stands.
    expect(
      verdictOf("Our Windows Server 2022 hosts allow Hyper-V isolation. Can they run ltsc2019 images with it?"),
    ).toBe("YES");
  });

  it("leaves a question on Linux containers to others, whatever builds its paste names", () => {
    askEach(
      [
        "Our host is Windows Server 2016 (1607, OS Build 14393.3025) and docker run busybox says no matching manifest for windows/amd64 10.0.14393. Can Windows Server 2016 run Linux containers with LCOW?",
        "主機是 Windows Server 2016（1607，OS Build 14393.3025），docker run busybox 出現 no matching manifest for windows/amd64 10.0.14393。Windows Server 2016 到底能不能用 LCOW 跑 Linux 容器？",
      ],
      (a) => {
        expect(a.interpretation.executor).not.toBe("imageOnHost");
        expect(a.verdict).not.toBe("YES");
      },
    );
  });

  it("says no to an older image with process isolation, whose builds must match", () => {
    askEach(
      [
        "Can a 2022 host run ltsc2019 images with process isolation?",
        "Can a 1909 host start servercore:ltsc2019 with --isolation=process?",
        "2022 主机能用进程隔离跑 ltsc2019 的镜像吗？",
        "1909 主機可以用處理序隔離跑 ltsc2019 的映像嗎？",
      ],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/17763/);
      },
    );
  });

  it("says yes to an older image with Hyper-V isolation, and partly where no mode is asked", () => {
    for (const q of [
      "Can a 2022 host run ltsc2019 images with Hyper-V isolation?",
      "2022 主機可以用 Hyper-V 隔離執行 ltsc2019 的映像嗎？",
    ])
      expect(verdictOf(q), q).toBe("YES");
    for (const q of ["Can a 2022 host run ltsc2019 images?", "2022 主机能跑 ltsc2019 的镜像吗？"])
      expect(verdictOf(q), q).toBe("PARTLY");
  });

  it("follows a relation that lets a host run an older image without restriction", () => {
    expect(verdictOf("Can a Server 2025 host run ltsc2022 images with process isolation?")).toBe("YES");
    // The same host with an image the relation does not name keeps the rule.
    expect(verdictOf("Can a Server 2025 host run ltsc2019 images with process isolation?")).toBe("NO");
    expect(verdictOf("Windows 11 25H2 主机能跑 ltsc2022 的镜像吗？")).toBe("YES");
  });

  it("says yes to an image of the host's own build", () => {
    expect(verdictOf("Can a Windows Server 2019 host run ltsc2019 images with process isolation?")).toBe("YES");
    expect(verdictOf("1809 的主機可以跑 ltsc2019 的映像嗎？")).toBe("YES");
  });

  it("gives no verdict where the question asks something the builds do not settle", () => {
    askEach(
      [
        // The negative asked: its yes would mean the opposite.
        "Can't a 2022 host run ltsc2019 images with process isolation?",
        // A condition the rule does not read.
        "Can a 2022 host run ltsc2019 images in production?",
        // Two revisions of one build: whether revisions matter is asked.
        "Host 17763.1554, image 17763.1518. Can the host run that image with process isolation?",
        // A way asked for: Hyper-V isolation or a rebuild may be one.
        "Is there any way to run ltsc2022 images on a 2019 host?",
        "有没有办法在 2019 主机上跑 ltsc2022 的镜像？",
        // Both modes named.
        "Can a 2022 host run ltsc2019 images with process isolation or only Hyper-V isolation?",
      ],
      (a, q) => expect(a.interpretation.executor === "imageOnHost" && verdictOf(q) !== null).toBe(false),
    );
  });

  it("leaves alone a question that names a release but no host and image", () => {
    askEach(
      [
        "Does Windows 10 LTSC 2019 (1809, build 17763) support WSL 2?",
        "Windows 10 LTSC 2019（1809，組建 17763）可以用 WSL 2 嗎？",
        "Back in 2019 I ran images on my host. Can Docker run on Windows 10?",
        "I build on Server 2019 and my host is 1803. Is this really how it should be.",
      ],
      (a) => expect(a.interpretation.executor).not.toBe("imageOnHost"),
    );
  });
});
