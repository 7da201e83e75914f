import { describe, expect, it } from "vitest";
import { engine, graph } from "../test/engine.js";
import { Reader } from "./Reader.js";

const reader = new Reader(graph);
const slugs = (history: string[], q: string) => reader.read(q, history).entities.map((e) => e.slug);

describe("follow-ups: what the new name replaces", () => {
  it("puts a name where the earlier one stood before the same noun, whatever their kinds", () => {
    // Hyper-V is a hypervisor and WSL 2 a product like Docker Desktop: the shared "backend" decides.
    const cases: [string, string][] = [
      ["Does the Hyper-V backend of Docker Desktop work on Windows 11 Home?", "and the WSL 2 backend?"],
      ["Docker Desktop 能在 Windows 10 家庭版上用 Hyper-V 后端吗？", "那 WSL 2 后端呢？"],
      ["Docker Desktop 能在 Windows 10 家用版上使用 Hyper-V 後端嗎？", "那 WSL 2 後端呢？"],
    ];
    for (const [before, q] of cases) {
      const s = slugs([before], q);
      expect(s, q).toContain("docker-desktop");
      expect(s, q).toContain("wsl-2");
      expect(s, q).not.toContain("hyper-v");
      const a = engine.ask(q, [before]);
      expect(a.verdict, q).not.toBe("NO");
      expect(a.verdict, q).not.toBeNull();
    }
  });

  it("adds a system named as the image to the earlier host, replacing only an earlier image", () => {
    const cases: [string, string, string][] = [
      ["Can Windows 10 1909 run 1909 containers with process isolation?", "What about ltsc2019 images?", "windows-10"],
      ["Windows 10 1909 能用进程隔离跑 1909 的容器吗？", "那 ltsc2019 的镜像呢？", "windows-10"],
      ["Windows 10 1909 可以用處理序隔離跑 1909 的容器嗎？", "那 ltsc2019 的映像呢？也可以嗎？", "windows-10"],
    ];
    for (const [before, q, host] of cases) {
      const r = reader.read(q, [before]);
      expect(
        r.entities.map((e) => e.slug),
        q,
      ).toEqual(expect.arrayContaining([host, "windows-server-2019"]));
      expect(r.build, q).toBe(18363);
      expect(engine.ask(q, [before]).verdict, q).not.toBe("YES");
    }
    // The earlier image gives way; the earlier host stays.
    const s = slugs(["Can a Windows Server 2022 host run ltsc2019 images?"], "and ltsc2016 images?");
    expect(s).toContain("windows-server-2022");
    expect(s).toContain("windows-server-2016");
    expect(s).not.toContain("windows-server-2019");
    // An earlier question that named its one system as an image: the new image takes its place.
    expect(slugs(["When did the Windows Server 2019 images come out?"], "and the ltsc2022 images?")).not.toContain(
      "windows-server-2019",
    );
  });

  it("keeps the kind rule where no noun is shared", () => {
    expect(slugs(["Does Windows 7 support Hyper-V?"], "What about Windows 10?")).toEqual(["windows-10", "hyper-v"]);
    expect(slugs(["Windows 7 能装 Hyper-V 吗？"], "那 Windows 11 呢？")).toEqual(["windows-11", "hyper-v"]);
  });

  it("reads a maker named in a follow-up as its product that bears on what was discussed", () => {
    for (const [before, q] of [
      ["Can Hyper-V and VirtualBox be used at the same time?", "what about VMware?"],
      ["Hyper-V 和 VirtualBox 可以同时开着吗？", "那 VMware 呢？"],
      ["Hyper-V 和 VirtualBox 能同時使用嗎？", "那 VMware 呢？"],
    ]) {
      const s = slugs([before!], q!);
      expect(s, q).toContain("vmware-workstation");
      expect(s, q).not.toContain("virtualbox");
      expect(engine.ask(q!, [before!]).text, q).toMatch(/15\.5/);
    }
    // Oracle makes VirtualBox, which goes with Hyper-V.
    expect(slugs(["Can VMware Workstation and Hyper-V run together?"], "and Oracle's?")).toContain("virtualbox");
    // A maker asked about on its own stays the maker.
    expect(slugs([], "Who owns VMware?")).toContain("vmware");
  });

  it("reads a bare year beside general words as the sibling of the OS discussed", () => {
    for (const [before, q, year] of [
      ["Windows Server 2016 的容器映像什麼時候推出？", "那 2019 版的容器映像呢？", "2018"],
      ["Windows Server 2019 的容器镜像是什么时候发布的？", "那 2022 版的容器镜像呢？", "2021"],
      ["When did the Windows Server 2019 container images come out?", "and the 2022 container images?", "2021"],
    ]) {
      const s = slugs([before!], q!);
      expect(s[0], q).toBe(`windows-server-${year === "2018" ? "2019" : "2022"}`);
      expect(s, q).not.toContain(year === "2018" ? "windows-server-2016" : "windows-server-2019");
      expect(engine.ask(q!, [before!]).text, q).toContain(year);
    }
  });
});

describe("follow-ups: what a bare follow-up asks about", () => {
  it("asks 'since when' of what the question before it asked", () => {
    for (const [before, q] of [
      ["Do large companies have to pay for Docker Desktop?", "since when?"],
      ["大公司用 Docker Desktop 要付费吗？", "从什么时候开始的？"],
      ["大公司使用 Docker Desktop 需要付費嗎？", "從什麼時候開始的？"],
    ]) {
      const a = engine.ask(q!, [before!]);
      expect(a.status, q).toBe("ANSWERED");
      expect(a.text, q).toContain("2021");
    }
  });

  it("leaves a yes or no follow-up to its own words", () => {
    const before = "Do large companies have to pay for Docker Desktop?";
    const r = reader.read("is that still so?", [before]);
    expect(r.terms.filter((t) => reader.read(before).terms.includes(t))).toEqual([]);
  });
});

describe("follow-ups: after a pasted error", () => {
  const paste =
    "docker run -p 8080:80 nginx fails with: Error response from daemon: Ports are not available: listen tcp 0.0.0.0:8080: bind: An attempt was made to access a socket in a way forbidden by its access permissions.";

  it("answers a question that names nothing new from the error pasted before it", () => {
    for (const q of [
      "how can I list the port ranges windows keeps for itself?",
      "那怎么查看 Windows 保留了哪些端口？",
      "那要怎麼查看 Windows 保留了哪些連接埠？",
    ]) {
      const a = engine.ask(q, [paste]);
      expect(a.status, q).toBe("ANSWERED");
      expect(a.text, q).toContain("excludedportrange");
    }
  });

  it("leaves a question about something else to itself", () => {
    expect(engine.ask("What is Hyper-V?", [paste]).text).not.toContain("excludedportrange");
    expect(reader.read("Is that a Windows bug?", [paste]).frame.errorText).toBeNull();
  });
});

describe("follow-ups: a host and an image asked again in another isolation mode", () => {
  it("asks of the host and image named before it", () => {
    for (const [before, q] of [
      [
        "Can a Windows 10 22H2 host (build 19045) run ltsc2019 images with process isolation?",
        "what about with Hyper-V isolation?",
      ],
      ["Windows Server 2016 主机能运行 ltsc2019 的镜像吗？", "那用 Hyper-V 隔离可以吗？"],
      ["Windows 10 21H2（組建 19044）主機能用處理序隔離執行 ltsc2019 的映像嗎？", "那改用 Hyper-V 隔離呢？"],
    ]) {
      const a = engine.ask(q!, [before!]);
      expect(a.verdict, q).toBe(before!.includes("2016") ? "NO" : "YES");
    }
    // Process isolation of an older image on a newer Windows 10 host does not run.
    expect(
      engine.ask("and with process isolation?", [
        "Can a Windows 10 host on build 19045 run ltsc2019 images with Hyper-V isolation?",
      ]).verdict,
    ).toBe("NO");
  });
});

describe("follow-ups: what to use instead", () => {
  it("answers with the successor of what the earlier question found deprecated", () => {
    const cases: [string, string][] = [
      ["Is Docker Machine deprecated?", "so what should I use instead on windows to get a local docker VM?"],
      ["Docker Machine 是不是已经弃用了？", "那我该用什么？"],
      ["Docker Machine 已經停止維護了嗎？", "那我該用什麼？"],
    ];
    for (const [before, q] of cases) {
      const r = reader.read(q, [before]);
      // "docker" and "a docker VM" say what it is for: Docker Machine stays the subject.
      expect(r.entities[0]?.slug, q).toBe("docker-machine");
      const a = engine.ask(q, [before]);
      expect(a.text, q).toContain("Docker Desktop");
      expect(a.verdict, q).toBeNull();
    }
  });

  it("answers with what works on the earlier system, and says no yes or no", () => {
    const cases: [string, string][] = [
      ["Can Windows 10 Home run Hyper-V?", "ok so what do I use for docker then?"],
      ["Windows 10 家庭版能装 Hyper-V 吗？", "那我该用什么跑 docker？"],
      ["Windows 10 家用版可以裝 Hyper-V 嗎？", "那要用什麼跑 docker？"],
    ];
    for (const [before, q] of cases) {
      const r = reader.read(q, [before]);
      expect(
        r.entities.slice(0, 2).map((e) => e.slug),
        q,
      ).toEqual(["windows-10", "hyper-v"]);
      expect(r.edition, q).toBe("home");
      const a = engine.ask(q, [before]);
      expect(a.text, q).toMatch(/WSL 2/);
      expect(a.verdict, q).toBeNull();
    }
  });

  it("answers what to install in place of a product a system does not run, with no yes or no", () => {
    const cases: [string, string][] = [
      ["Does Docker Desktop support Windows Server 2019?", "What should I install on the server instead?"],
      ["Docker Desktop 支持 Windows Server 2019 吗？", "那服务器上改用什么？"],
      ["Docker Desktop 支援 Windows Server 2019 嗎？", "那伺服器上改用什麼？"],
    ];
    for (const [before, q] of cases) {
      const a = engine.ask(q, [before]);
      expect(a.text, q).toContain("Docker Engine");
      expect(a.verdict, q).toBeNull();
    }
  });

  it("reads a thing that uses something instead as the question's own subject", () => {
    const before = "Does Docker Toolbox 1.12 still use VirtualBox after the No more VirtualBox announcement?";
    const q = "So what does Docker for Windows use instead?";
    expect(reader.read(q, [before]).entities[0]?.slug).toBe("docker-desktop");
    expect(engine.ask(q, [before]).text).toContain("Hyper-V");
  });
});

describe("follow-ups: whether what the writer states caused the failure before", () => {
  it("joins the stated system to what failed and answers with its setups, with no bare yes or no", () => {
    const cases: [string, string][] = [
      ["freshly installed Docker for Windows ... fails to start", "I'm on Windows 10 Home. is that the problem?"],
      ["Docker Desktop 装好以后启动失败", "我是 Windows 10 家庭版，会不会是因为这个？"],
      ["Docker Desktop 裝好之後啟動失敗", "我用的是 Windows 10 家用版，是這個原因嗎？"],
    ];
    for (const [before, q] of cases) {
      const r = reader.read(q, [before]);
      expect(r.followUp, q).toBe(true);
      // Docker Desktop is what failed; Windows 10 Home is what the writer asks about.
      expect(
        r.entities.slice(0, 2).map((e) => e.slug),
        q,
      ).toEqual(["docker-desktop", "windows-10"]);
      expect(r.edition, q).toBe("home");
      const a = engine.ask(q, [before]);
      expect(a.text, q).toContain("WSL 2");
      // Whether Docker Desktop runs on Home is not whether Home caused the failure.
      expect(a.verdict, q).toBeNull();
    }
  });
});

describe("follow-ups: the earlier host and isolation mode kept, the image changed", () => {
  it("answers whether the earlier host runs the new image in the mode asked before", () => {
    const cases: [string, string][] = [
      ["Can Windows 10 1909 run 1909 containers with process isolation?", "What about ltsc2019 images?"],
      ["Windows 10 1909 能用进程隔离跑 1909 的容器吗？", "那 ltsc2019 的镜像呢？"],
      ["Windows 10 1909 可以用處理序隔離跑 1909 的容器嗎？", "那 ltsc2019 的映像也可以用處理序隔離嗎？"],
    ];
    for (const [before, q] of cases) {
      const a = engine.ask(q, [before]);
      // An older image shares no kernel with a newer host: only Hyper-V isolation runs it.
      expect(a.verdict, q).toBe("NO");
      expect(a.text, q).toContain("Hyper-V");
    }
    const hyperV = engine.ask("and with Hyper-V isolation, ltsc2019 images?", [cases[0]![0]]);
    expect(hyperV.verdict).toBe("YES");
  });

  it("never takes the earlier image for the host", () => {
    // Windows 11 is named by no build: the one build named, 2022's, is the image's.
    const a = engine.ask("and Windows Server 2025 images?", [
      "Can Windows 11 run Windows Server 2022 containers with process isolation?",
    ]);
    expect(a.text).not.toContain("The host is 2022");
    expect(a.verdict).not.toBe("NO");
  });

  it("leaves a follow-up that names its own host to the question's own reading", () => {
    const before = "Can I run Windows containers with process isolation on Windows 10 20H2?";
    const q =
      "does the image build have to match my host build exactly? mine is 19042 and I pulled servercore:10.0.19041.508";
    // Whether the builds must match is not whether this host runs this image.
    expect(engine.ask(q, [before]).verdict).not.toBe("NO");
  });
});
