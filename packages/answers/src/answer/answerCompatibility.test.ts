import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

describe("the compatibility executor", () => {
  it("answers a question about today with the setups' current releases", () => {
    askEach(
      [
        "Does Docker Desktop still support Windows 10 version 1809?",
        "現在的 Docker Desktop 還支援 Windows 10 1809 嗎？",
        "现在的 Docker Desktop 还支持 Windows 10 1809 吗？",
      ],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/19045/);
      },
    );
  });

  it("says no Docker setup runs on Windows Server 2008 or 2012, and names Server 2016 as the first that does", () => {
    askEach(
      [
        "Is there any Docker that runs on Windows Server 2008 R2?",
        "Windows Server 2008 R2 上能跑 Docker 嗎？",
        "Windows Server 2008 R2 上能跑 Docker 吗？",
        "Can our Windows Server 2012 R2 boxes run Docker?",
        "Windows Server 2012 R2 可以裝 Docker 嗎？",
        "Windows Server 2012 R2 可以装 Docker 吗？",
      ],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/2016/);
      },
    );
  });

  it("weighs the setups of the product the yes/no question names, not of one the story names", () => {
    askEach(
      [
        "My PC is Windows 10 Pro, version 10.0.10240, and the Docker installer keeps refusing it. Can this machine run Docker Desktop?",
        "我的電腦是 Windows 10 專業版 10.0.10240，Docker 的安裝程式一直拒絕安裝。這台電腦能跑 Docker Desktop 嗎？",
        "我的电脑是 Windows 10 专业版 10.0.10240，Docker 的安装程序一直拒绝安装。这台电脑能跑 Docker Desktop 吗？",
      ],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).not.toMatch(/Toolbox|工具箱/);
      },
    );
    const server = engine.ask(
      "We run Docker Engine - Enterprise 18.09 on Windows Server 2016 and docker info says OSType: windows. Can Windows Server 2016 run Linux containers at all?",
    );
    expect(server.verdict).toBe("NO");
  });

  it("keeps what older releases did when the question is not about today", () => {
    const a = engine.ask("Did Docker for Windows run on Windows 10 Pro version 1809?");
    expect(a.verdict).not.toBe("NO");
  });

  it("takes the release the asking sentence names from the OS the story names", () => {
    const a = engine.ask(
      "我的電腦是 Windows 10 1809（10.0.17763.1971），Windows Update 一直跳 1809 要重新開機。現在的 Docker Desktop 還支援 1809 嗎？",
    );
    expect(a.verdict).toBe("NO");
  });

  it("says no for a processor no Windows release runs the product on, with no version named", () => {
    askEach(
      [
        "Can Docker Desktop run on 32-bit Windows?",
        "安裝程式一直說需要 x64。Docker 能在 32 位元（x86）的 Windows 上跑嗎？",
      ],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/64/);
      },
    );
    // Windows on Arm runs Docker Desktop in early access: the version decides, so no "no".
    expect(engine.ask("Can I run Docker on Windows on ARM?").verdict).not.toBe("NO");
  });

  it("leaves a message whose question names no Docker product to what it names", () => {
    const a = engine.ask(
      "网上有篇文章说 Win7 可以在“启用或关闭 Windows 功能”里勾选 Windows 子系统（WSL），然后在 WSL 里装 docker.io。Win7 真的有 WSL 吗？",
    );
    expect(a.verdict).toBe("NO");
    expect(a.text).toMatch(/WSL 1/);
    const en = engine.ask(
      "A blog says you can tick WSL in Turn Windows features on or off on Win7 and then install docker.io inside it. Does Windows 7 really have WSL?",
    );
    expect(en.verdict).toBe("NO");
  });

  it("reads no Windows setup into a bare number that happens to be a Windows version", () => {
    askEach(
      [
        "在 CentOS 7.2.1511 上用 devicemapper，docker 会假死，要换成 overlay2 吗？",
        "On CentOS 7.2.1511 with devicemapper, docker hangs now and then. Should I switch to overlay2?",
      ],
      (a) => {
        expect(a.status).toBe("NOT_FOUND");
        expect(a.verdict).toBeNull();
      },
    );
  });

  it("keeps the follow-up's OS from the question before, and an edition a relation's note cannot settle", () => {
    const a = engine.ask("what about Education?", ["Can Docker Desktop run Windows containers on Windows 11 Pro?"]);
    expect(a.verdict).not.toBe("YES");
    const zh = engine.ask("那教育版呢？", ["Windows 11 專業版的 Docker Desktop 可以跑 Windows 容器嗎？"]);
    expect(zh.verdict).not.toBe("YES");
  });

  it("says an edition is not needed only where every other edition works too", () => {
    askEach(["Do I need Windows 10 Pro for Docker Desktop?", "用 Docker Desktop 需要 Windows 10 專業版嗎？"], (a) => {
      expect(a.verdict).toBe("NO");
      expect(a.text).toMatch(/Home|家用版/);
    });
    // Windows containers need Pro or Enterprise: "also on Enterprise" does not make Pro unneeded.
    expect(engine.ask("Do I need Windows 10 Pro to run Windows containers?").verdict).not.toBe("NO");
  });

  it("reads the latest or current release as today's: a build below its floor is a no", () => {
    askEach(
      [
        "Windows 10 21H2 here. Will the newest Docker Desktop install?",
        "Can the current Docker Desktop run on Windows 10 Pro 1909?",
        "我的 Windows 10 专业版还是 21H2，装得了最新版的 Docker Desktop 吗？",
        "Windows 10 專業版 1903 能裝目前的 Docker Desktop 嗎？",
      ],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/22H2|19045/);
      },
    );
    // On the floor itself the latest release still installs.
    askEach(
      [
        "Does the latest Docker Desktop run on Windows 10 Pro 22H2?",
        "最新版 Docker Desktop 支援 Windows 10 22H2 專業版嗎？",
      ],
      (a) => expect(["YES", "PARTLY"]).toContain(a.verdict),
    );
  });

  it("reads a story's word for compatibility as no question about two things at once", () => {
    for (const q of [
      "The setup wizard told me my PC is compatible, yet the engine never starts. Does today's Docker Desktop still run on Windows 10 Home 2004?",
      "安装程序说我的电脑兼容，可是引擎一直起不来。现在的 Docker Desktop 还支持 Windows 10 家庭版 2004 吗？",
      "安裝程式說我的電腦相容，但引擎一直起不來。目前的 Docker Desktop 還支援 Windows 10 家用版 2004 嗎？",
    ]) {
      expect(engine.ask(q).verdict, q).toBe("NO");
    }
  });

  it("weighs every Windows with the edition named when no Windows version is named", () => {
    askEach(
      [
        ["Can the Home edition install Docker Desktop?", ["PARTLY", "YES"]],
        ["家庭版现在到底能不能装 Docker Desktop？", ["PARTLY", "YES"]],
        ["家用版可以安裝 Docker Desktop 嗎？", ["PARTLY", "YES"]],
        ["Can Docker Desktop use the Hyper-V backend on the Home edition?", ["NO"]],
        ["家用版的 Docker Desktop 能用 Hyper-V 後端嗎？", ["NO"]],
        ["Can the Home edition run Windows containers in Docker Desktop?", ["NO"]],
        ["家庭版的 Docker Desktop 能跑 Windows 容器吗？", ["NO"]],
      ],
      (a, _q, verdicts: string[]) => {
        expect(verdicts).toContain(a.verdict);
        expect(a.text).toMatch(/Home|家庭版|家用版/);
      },
    );
    // Where the systems differ (Windows 10 Pro with conditions, Windows 11 Pro outright), no
    // fact that happens to name the edition settles both.
    askEach(["Does Docker Desktop run on the Pro edition?", "专业版可以装 Docker Desktop 吗？"], (a) =>
      expect(a.verdict).toBeNull(),
    );
  });

  it("does not read the build or edition a quoted requirement names as the writer's", () => {
    askEach(
      [
        "我的电脑是 Win10 家庭版，安装的时候一直提示 Installation failed: one prerequisite is not fulfilled. Docker Desktop requires Windows 10 Pro or Enterprise version 15063 to run。家庭版现在到底能不能装 Docker Desktop？",
        "My PC runs Windows 10 Home. Setup shows an error: Docker Desktop requires Windows 10 Pro or Enterprise version 15063 to run. Can Home install Docker Desktop at all?",
      ],
      (a) => {
        expect(a.verdict).toBe("PARTLY");
        expect(a.text).toMatch(/WSL 2/);
      },
    );
  });

  it("says partly where some Windows releases for a processor run the product and others do not", () => {
    askEach(
      [
        "Does Docker Desktop support Windows on ARM?",
        "Can I run Docker Desktop on an ARM64 Windows laptop?",
        "Docker Desktop 支持 Arm 版 Windows 吗？",
        "Arm 版 Windows 可以用 Docker Desktop 嗎？",
      ],
      (a) => {
        expect(a.verdict).toBe("PARTLY");
        expect(a.text).toMatch(/WSL 2/);
      },
    );
    // A part of a setup named narrows the answer to it: no Hyper-V backend on Arm.
    askEach(
      ["Docker Desktop 的 Windows on ARM 版本支持 Hyper-V 后端吗？", "Does Docker Toolbox run on ARM Windows?"],
      (a) => expect(a.verdict).toBe("NO"),
    );
  });

  it("leaves to others a question on something no setup is made of", () => {
    askEach(
      [
        "Is a docker container workable on Windows Server 2016 where both Hyper-V and GPU pass through (DDA) are available? I want the container to use the GPU.",
        "Windows Server 2016 上的 Docker 容器可以用 GPU 加速吗？",
      ],
      (a) => {
        expect(a.interpretation.executor).not.toBe("compatibility");
        expect(a.verdict).not.toBe("YES");
      },
    );
  });
});
