import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

describe("relations between two systems", () => {
  it("reads a bare year beside a Windows Server name as that release, and settles host and image", () => {
    askEach(
      [
        "Windows Server 2019 能运行 2022 的容器镜像吗？",
        "Windows Server 2019 能執行 2022 的容器映像嗎？",
        "Can Windows Server 2019 run 2022 container images?",
        "Will 2022 container images run on Windows Server 2019?",
      ],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.entities.map((e) => e.slug)).toContain("windows-server-2022");
      },
    );
  });

  it("an older image on a newer host runs, with Hyper-V isolation", () => {
    askEach(
      ["Can Windows Server 2019 run 2016 container images?", "Windows Server 2019 可以跑 2016 的映像嗎？"],
      (a) => {
        expect(["YES", "PARTLY"]).toContain(a.verdict);
        expect(a.text).toMatch(/Hyper-V/);
      },
    );
  });

  it("a newer image on an older host does not run, in either script", () => {
    askEach(["Windows Server 2016 能跑 2019 的映像嗎？", "Can a Windows Server 2016 host run 2019 images?"], (a) => {
      expect(a.verdict).toBe("NO");
      expect(a.entities.map((e) => e.slug)).toContain("windows-server-2019");
    });
  });

  it("answers about the pair the question links, not the setups of another part", () => {
    askEach(
      ["docker-machine 能在 Windows 10 的 Hyper-V 上用吗？", "Can docker-machine use Hyper-V on Windows 10?"],
      (a) => {
        expect(a.verdict).toBe("YES");
        expect(a.text).toMatch(/hyperv/);
        expect(a.text).not.toMatch(/Toolbox/);
      },
    );
  });

  it("gives no yes where a third thing named is one the two do not work with", () => {
    askEach(
      ["Can Docker Toolbox run on Windows 10 with Hyper-V?", "Docker Toolbox 能在開著 Hyper-V 的 Windows 10 上跑嗎？"],
      (a) => expect(a.verdict).not.toBe("YES"),
    );
  });

  it("a no from two that never work together holds whatever the question does without", () => {
    askEach(
      [
        "Can Docker for Windows run on VirtualBox instead of Hyper-V?",
        "Docker for Windows 有沒有辦法不用 Hyper-V、只用 VirtualBox？",
        "Docker Desktop 能不用 Hyper-V，改用 VirtualBox 吗？",
      ],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/WSL 2/);
      },
    );
  });

  it("the thing done without is never the one a no is about", () => {
    askEach(["Does Docker Toolbox work without Hyper-V?", "Docker Toolbox 不用 Hyper-V 可以用吗？"], (a) =>
      expect(a.verdict).not.toBe("NO"),
    );
  });

  it("what needs the other everywhere does not work without it", () => {
    askEach(
      [
        "Does LCOW work without the Hyper-V hypervisor?",
        "WSL 2 不開虛擬機器平台可以用嗎？",
        "WSL 2 不开虚拟机平台可以用吗？",
      ],
      (a) => expect(a.verdict).toBe("NO"),
    );
    // Docker Desktop needs Hyper-V only for one of its backends: no "no" there.
    expect(engine.ask("Does Docker Desktop work without Hyper-V?").verdict).not.toBe("NO");
  });

  it("a feature removed from a product is not supported by it today", () => {
    askEach(
      [
        "Is LCOW still supported in Docker Engine?",
        "Docker Engine 現在還支援 LCOW 嗎？",
        "Docker Engine 现在还支持 LCOW 吗？",
      ],
      (a) => expect(a.verdict).toBe("NO"),
    );
    expect(engine.ask("Does Docker Desktop support LCOW?").verdict).toBe("PARTLY");
    // A product retired with its OS still ran on that OS.
    expect(engine.ask("Can I use Windows Virtual PC on Windows 7?").verdict).toBe("YES");
  });

  it("a host runs no image newer than itself, in either script", () => {
    askEach(
      [
        "Can Windows Server 2022 run 2025 images?",
        "Windows Server 2019 可以執行 2025 的容器映像嗎？",
        "Windows Server 2016 能运行 2025 的镜像吗？",
      ],
      (a) => expect(a.verdict).toBe("NO"),
    );
    // What an older host cannot run says nothing of what the newer one runs.
    expect(
      engine.ask("Does Windows Server 2025 support process isolation for Windows Server 2022 images?").verdict,
    ).toBe("YES");
  });
});

describe("requirements that hold in one setup only", () => {
  it("does not need what one of its setups runs without", () => {
    askEach(
      [
        "Does Docker Desktop require Hyper-V?",
        "Do I need Hyper-V for Docker Desktop?",
        "Docker Desktop 一定要開 Hyper-V 嗎？",
        "用 Docker Desktop 必须要有 Hyper-V 吗？",
        "Is WSL 2 a must for Docker Desktop?",
      ],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/WSL 2|Hyper-V/);
      },
    );
  });

  it("still needs what every setup of it uses, and leaves a third thing asked to its own rule", () => {
    expect(engine.ask("Does Hyper-V require SLAT?").verdict).toBe("YES");
    expect(engine.ask("Does Docker Desktop need Hyper-V for Windows containers?").verdict).not.toBe("NO");
  });

  it("gives no yes to a requirement from a relation that only uses the thing", () => {
    askEach(["WSL 2 一定要開 Hyper-V 嗎？", "Must WSL 2 have Hyper-V turned on?"], (a) =>
      expect(a.verdict).not.toBe("YES"),
    );
  });
});

describe("a host and an image under an isolation mode", () => {
  it("gives no yes where the host runs the image only in another mode", () => {
    askEach(
      [
        "Can a Windows Server 2022 host run 2019 images with process isolation?",
        "Windows Server 2022 主機能用處理序隔離跑 2019 的映像嗎？",
        "Windows Server 2022 主机能用进程隔离跑 2019 的镜像吗？",
      ],
      (a) => expect(a.verdict).not.toBe("YES"),
    );
  });

  it("gives no verdict from what the host's isolation mode can do where the image's build decides", () => {
    askEach(
      [
        "Can a Windows 10 1909 host run ltsc2019 images with process isolation?",
        "Windows 10 1909 主機可以用處理序隔離跑 ltsc2019 的映像嗎？",
      ],
      (a) => expect(a.verdict).not.toBe("YES"),
    );
  });

  it("keeps the yes where the mode asked is the one the host runs it in, or any mode works", () => {
    askEach(
      [
        "Can a Windows Server 2022 host run 2019 images with Hyper-V isolation?",
        "Windows Server 2022 主机能用 Hyper-V 隔离运行 2019 的镜像吗？",
        "Does Windows Server 2025 support process isolation for Windows Server 2022 images?",
      ],
      (a) => expect(a.verdict).toBe("YES"),
    );
  });
});

describe("an edition named by its short name", () => {
  it("reads RT as the Windows 8 edition that has no Hyper-V", () => {
    askEach(
      ["Can Windows 8 RT run Hyper-V?", "Windows RT 能用 Hyper-V 嗎？", "Windows 8 RT 版可以装 Hyper-V 吗？"],
      (a) => expect(a.verdict).toBe("NO"),
    );
  });
});

describe("two things at once, and what has been removed", () => {
  it("settles one thing asked with several by each pair: partly where the pairs differ", () => {
    askEach(
      [
        "Will WSL 2 run side by side with both VMware Workstation and VirtualBox?",
        "WSL 2 能和 VMware Workstation、VirtualBox 同时开着用吗？",
        "WSL 2 可以跟 VMware Workstation 還有 VirtualBox 同時使用嗎？",
      ],
      (a) => expect(a.verdict).toBe("PARTLY"),
    );
  });

  it("reads the third thing named as the other way whichever of the two is named first", () => {
    askEach(
      [
        "Does Docker Desktop need Hyper-V when I use WSL 2?",
        "Do I need Hyper-V enabled to use Docker Desktop with WSL 2?",
        "Do I need Hyper-V for Docker Desktop with the WSL 2 backend?",
        "用 WSL 2 後端的 Docker Desktop 還需要 Hyper-V 嗎？",
      ],
      (a) => {
        expect(a.verdict).not.toBe("YES");
        expect(a.text).toMatch(/WSL 2/);
      },
    );
  });

  it("says VirtualBox runs beside WSL 2 only with conditions: through the hypervisor platform, unsupported", () => {
    askEach(
      [
        "Can VirtualBox and WSL2 run at the same time?",
        "After turning on WSL 2 my VirtualBox VMs are slow. Can VirtualBox and WSL 2 even be used together?",
        "VirtualBox 和 WSL2 能同时运行吗？",
        "VirtualBox 跟 WSL 2 可以同時開著用嗎？",
        // Whether one works with the other asks the same where that is all that links them.
        "Does WSL 2 work with VirtualBox?",
      ],
      (a) => {
        expect(a.verdict).toBe("PARTLY");
        expect(a.text).toMatch(/Windows Hypervisor Platform/);
        expect(a.text).toMatch(/not support|unsupported|不支持|不受支援|不支援/);
      },
    );
  });

  it("reads two things at once from the asking sentence, not from the story", () => {
    const a = engine.ask(
      "I'd rather run LCOW and turn Hyper-V off, so that VMware and VirtualBox can share the same machine. Does LCOW work without the Hyper-V hypervisor?",
    );
    expect(a.verdict).toBe("NO");
  });

  it("asks of the thing and the system the asking sentence names, not of the product the story runs", () => {
    askEach(
      [
        "Our build agents run Docker Engine on Windows Server 2019. Is WSL 2 available on Windows Server 2019?",
        "我們的建置機在 Windows Server 2019 上跑 Docker 引擎。Windows Server 2019 能用 WSL 2 嗎？",
        "我们的构建机在 Windows Server 2019 上跑 Docker 引擎。Windows Server 2019 能用 WSL 2 吗？",
      ],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/WSL 1/);
        expect(a.text).toMatch(/2022/);
      },
    );
  });

  it("answers no to whether something removed still works, whatever it is asked on", () => {
    askEach(
      [
        "Can I still use LCOW on Windows 10?",
        "LCOW 现在还能在 Windows 10 上用吗？",
        "LCOW 現在還能在 Windows 10 上使用嗎？",
      ],
      (a) => expect(a.verdict).toBe("NO"),
    );
  });

  it("gives no yes on a pair beside a third thing named that has since been removed", () => {
    askEach(
      [
        "The docs say Windows Server 2019 can use LCOW to run Linux containers on the same host, but can I still use LCOW on Windows Server today?",
        "文件說 Windows Server 2019 可以用 LCOW 在同一台主機上跑 Linux 容器，現在 Windows Server 上還能用 LCOW 嗎？",
        "文档说 Windows Server 2019 可以用 LCOW 在同一台主机上跑 Linux 容器，现在 Windows Server 上还能用 LCOW 吗？",
      ],
      (a) => expect(a.verdict).not.toBe("YES"),
    );
  });
});

describe("what needs only a part of another", () => {
  it("is no: WSL 2 needs the Virtual Machine Platform, a part of Hyper-V, not Hyper-V itself", () => {
    askEach(
      [
        ["Is Hyper-V required for WSL 2?", /Virtual Machine Platform/],
        ["Must I turn on Hyper-V before using WSL 2?", /Virtual Machine Platform/],
        ["Do I have to enable the Hyper-V role to use WSL2?", /Virtual Machine Platform/],
        ["用 WSL 2 之前得要先裝 Hyper-V 嗎？", /虛擬機器平台/],
        ["WSL2 一定要开 Hyper-V 吗？", /虚拟机平台/],
      ] as const,
      (a, q, part) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(part);
      },
    );
  });

  it("is yes for the part itself, and using the whole is not needing it", () => {
    askEach(["Does WSL 2 need the Virtual Machine Platform?", "WSL 2 需要虛擬機器平台嗎？"], (a) =>
      expect(a.verdict).toBe("YES"),
    );
    // A verb of running first names the purpose; what it uses settles no requirement.
    expect(engine.ask("跑 WSL2 必须先开 Hyper-V 吗？").verdict).not.toBe("YES");
  });

  it("does not answer what edition something needs by what the two named before the verb need", () => {
    // Docker Desktop needs Hyper-V only with its Hyper-V backend: that says nothing of the edition asked.
    askEach(
      [
        "Does Docker Desktop's Hyper-V backend need Windows Pro or Enterprise?",
        "Does the Hyper-V backend of Docker Desktop need Windows Enterprise?",
        "Docker Desktop 的 Hyper-V 后端需要 Windows 专业版或企业版吗？",
        "Docker Desktop 的 Hyper-V 后端一定要企业版吗？",
        "Docker Desktop 的 Hyper-V 後端需要 Windows 專業版嗎？",
      ],
      (a) => {
        expect(a.verdict).toBeNull();
        expect(a.text).not.toMatch(/runs without it|不需要它|不需要。/);
      },
    );
    // Asked whether it needs Hyper-V, the same relation still answers.
    expect(engine.ask("Does Docker Desktop need Hyper-V?").verdict).toBe("NO");
  });

  it("does not answer what is needed in one of the two by whether the other needs it", () => {
    // Docker Desktop needs WSL 2 for its WSL 2 backend; that says nothing of a Linux distribution inside it.
    askEach(
      [
        "Does Docker Desktop need a Linux distribution installed in WSL 2?",
        "Must I install a Linux distro in WSL 2 to use Docker Desktop?",
      ],
      (a) => expect(a.verdict).not.toBe("YES"),
    );
    expect(engine.ask("Does Docker Desktop need WSL 2?").verdict).toBe("NO");
  });

  it("does not answer whether a thing with no entity is needed by whether one of the two needs the other", () => {
    // Ubuntu is a Linux distribution the knowledge base has no entity for; 得先 and 要先 ask a need.
    askEach(
      [
        "准备给同事装 Dify，要先装 Docker Desktop（WSL 2 后端）。是不是得先在 WSL 里装一个 Ubuntu 发行版，Docker Desktop 才能用？",
        "是不是得先在 WSL 裡裝一個 Ubuntu 發行版，Docker Desktop 才能用？",
        "Docker Desktop 要先在 WSL 2 装 Debian 吗？",
      ],
      (a) => expect(a.verdict).not.toBe("YES"),
    );
    // Asked the need of a thing it has, the same words still settle it.
    expect(engine.ask("Docker Desktop 要先装 WSL 2 吗？").verdict).toBe("NO");
  });
});

describe("two things linked only by whether they run side by side", () => {
  it("settle nothing else asked of the two", () => {
    askEach(
      [
        "Is WSL 2 faster than VirtualBox?",
        "Is VirtualBox part of WSL 2?",
        "Is WSL 2 based on VirtualBox?",
        "Does WSL 2 use VirtualBox?",
        "WSL 2 是基于 VirtualBox 的吗？",
      ],
      (a) => expect(a.verdict).toBeNull(),
    );
  });
});

describe("two things no relation links", () => {
  it("says what the first works with instead, never that a kind of thing is unsettled", () => {
    const toolbox = engine.ask("Does Docker Toolbox work with VMware Workstation?");
    expect(toolbox.verdict).toBeNull();
    expect(toolbox.text).toMatch(/works with Oracle VM VirtualBox/);
    // "Containers" is no one thing that another could stand in for.
    const zh = engine.ask("我們想把 ASP.NET WebForms 容器化，可以直接用 Docker for Windows 預設的 Linux 容器來跑嗎？");
    expect(zh.text).not.toMatch(/沒有能判斷.*容器 這個問題/);
    // Nor is what a kind of thing works with said of one thing it is asked of.
    askEach(["Is WSL 1 a lightweight VM?", "WSL 1 真的是一个轻量级虚拟机吗？"], (a) =>
      expect(a.text).not.toMatch(/no fact that settles|没有能判断/),
    );
  });
});
