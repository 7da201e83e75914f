import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

describe("verdict discipline", () => {
  it("gives no yes/no when a qualifier of the question is not consumed", () => {
    askEach(["Is WSL 2 only for Windows 11?", "WSL 2 只能在 Windows 11 上用嗎？"], (a) => {
      expect(a.verdict).toBeNull();
      expect(a.text).not.toMatch(/^(Yes|No)\b|^(可以|不行|是的|不是)。/);
      // "Only" and "still" say how the question asks, not a condition: "for only" (就只能而言) reads as nonsense.
      expect(a.text).not.toMatch(/for only|就只能而言/i);
    });
    const still = engine.ask("Do Windows Home users still need Docker Toolbox?");
    expect(still.verdict).toBeNull();
    expect(still.text).not.toMatch(/for still/i);
  });

  it("gives no yes/no from a relation between two things only the story names", () => {
    const story =
      "Since last month's security update to our Windows Server 2016 host, containers from openjdk:11-jdk-windowsservercore-ltsc2016 silently fail. The image is 10.0.14393.3443 and the host is now 10.0.14393.3504. Do the host and image really have to match that exactly?";
    expect(engine.ask(story).verdict).toBeNull();
    // Asked to confirm the story's claim, the relation settles it.
    const confirm = engine.ask(
      "As far as I know, Docker for Windows starts a Linux VM on Hyper-V and runs the Docker daemon in that VM. Is that right?",
    );
    expect(confirm.verdict).toBe("YES");
  });

  it("reads what a question asks to confirm as the story's claim, and a negative claim as a negative question", () => {
    // The claim is wrong: WSL 2 needs the Virtual Machine Platform, a part of Hyper-V.
    askEach(
      [
        "I read you need Hyper-V turned on before you can upgrade a distro to WSL 2. Is that right?",
        "文档里没写：要把发行版升级到 WSL 2 必须先开启 Hyper-V 功能。是这样吗？",
      ],
      (a) => expect(a.verdict).toBe("NO"),
    );
    // "No" to a negative claim would say the claim is wrong, which it is not.
    // Wherever the claim stands: before the tag, after it, or in the asking sentence itself.
    askEach(
      [
        "I read WSL 2 doesn't need Hyper-V. Is that right?",
        "听说 WSL 2 不需要 Hyper-V，是这样吗？",
        "I have Hyper-V enabled. Is it true that WSL 2 doesn't need Hyper-V?",
        "Is that right, that WSL 2 doesn't need Hyper-V?",
        "Our team uses Windows 10 Pro. Am I right that Docker Desktop does not need Pro?",
        "我用的是专业版。家庭版是不是真的不能跑 Docker Desktop？",
      ],
      (a) => expect(a.verdict).toBeNull(),
    );
  });

  it("gives no yes/no from a fact that leaves most of what the question asks unsaid", () => {
    // The fact on slow file access across /mnt/c says "no file-change events": no answer on antivirus.
    askEach(["Does antivirus slow down WSL 2?", "Does antivirus software make file access in WSL 2 slower?"], (a) => {
      expect(a.verdict).toBeNull();
      expect(a.text).toMatch(/^The facts on this do not mention antivirus/);
    });
    const zh = engine.ask("杀毒软件会让 WSL 2 访问 /mnt/c 的文件变慢吗？");
    expect(zh.verdict).toBeNull();
    expect(zh.text).toMatch(/^相关的事实没有提到杀毒/);
    // One word said in other words ("affected" as "did not touch") leaves the verdict standing.
    expect(engine.ask("Was Docker Engine affected by the 2021 Docker Desktop licence change?").verdict).toBe("NO");
  });

  it("gives no yes/no to a message that reports trouble and asks nothing", () => {
    askEach(
      [
        "WSL 2 stopped working after I enabled Hyper-V",
        "Docker Desktop won't start on Windows 10 Home",
        "docker 在 Windows 10 家庭版上启动失败",
        "docker 在 Windows 10 家用版上啟動失敗",
      ],
      (a) => {
        expect(a.verdict).toBeNull();
        expect(a.text).not.toMatch(/^(Yes|No|Partly)\b|^(可以|不行|是的|不是|有条件可以|有條件可以)/);
      },
    );
    // Two things named with no question word still ask whether they go together.
    expect(engine.ask("win11 home hyper-v").verdict).toBe("NO");
  });

  it("settles a requirement only with a REQUIRES relation, and sameness with nothing", () => {
    // WSL 2 uses Hyper-V and requires only a part of it (the Virtual Machine Platform).
    askEach(["Does WSL 2 require Hyper-V?", "WSL 2 需要 Hyper-V 嗎？"], (a) => expect(a.verdict).toBe("NO"));
    expect(engine.ask("Is LCOW the same thing as Docker's Moby VM?").verdict).toBeNull();
    expect(engine.ask("Can Windows containers run applications that need IIS?").verdict).toBe("YES");
  });

  it("gives no verdict from a fact that does not say the predicate or the year asked", () => {
    expect(engine.ask("Is VMware Fusion available for Windows PCs?").verdict).not.toBe("YES");
    expect(engine.ask("看到一篇文章说微软是 2015 年才和 Docker 达成战略合作的，是这样吗？").verdict).not.toBe("YES");
  });

  it("asks which edition when the edition decides", () => {
    const a = engine.ask("Can Windows 10 run Hyper-V?");
    if (a.verdict === "PARTLY") expect(a.text).toMatch(/Which edition/);
    const zh = engine.ask("Windows 10 能跑 Hyper-V 嗎？");
    if (zh.verdict === "PARTLY") expect(zh.text).toMatch(/哪個版本/);
  });

  it("keeps the verdicts the graph settles", () => {
    expect(engine.ask("Can Windows 10 Home run Hyper-V?").verdict).toBe("NO");
    expect(engine.ask("What about Windows 10 Pro?", ["Does Windows 7 support Hyper-V?"]).verdict).toBe("YES");
    expect(engine.ask("家庭版 Windows 10 能用 Hyper-V 嗎?").verdict).toBe("NO");
  });

  it("answers out-of-scope questions with what the knowledge base covers, whatever came before", () => {
    const a = engine.ask("How do I install Docker on Ubuntu 22.04?", ["Can I run Docker on Windows 10?"]);
    expect(a.status).toBe("NOT_FOUND");
    expect(a.text).toMatch(/Docker and containers on Windows/);
    expect(engine.ask("在蘋果電腦上怎麼裝 Docker？").status).toBe("NOT_FOUND");
  });

  it("settles production use by a typed lifecycle that says the thing is gone", () => {
    askEach(
      ["Is LCOW supported for production use?", "LCOW 可以用在生產環境嗎？", "LCOW 可以用在生产环境吗？"],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/23\.0/);
      },
    );
    expect(engine.ask("Is Docker Desktop OK for production?").verdict).not.toBe("NO");
  });

  it("gives no yes/no where a number asked about is accounted for by nothing in the answer", () => {
    askEach(
      ["Can I run Docker Desktop 4.30 on Windows 10 Pro?", "Windows 10 專業版可以跑 Docker Desktop 4.30 嗎？"],
      (a) => {
        expect(a.verdict).toBeNull();
        expect(a.text).toMatch(/4\.30/);
      },
    );
    // A release's version, and a year in a name, are accounted for.
    expect(engine.ask("Does WSL 2 work on Windows 10 version 2004?").verdict).toBe("YES");
    expect(engine.ask("Windows Server 2019 能运行 2022 的容器镜像吗？").verdict).toBe("NO");
  });
});

describe("verdicts on what the question asks, not a simpler question inside it", () => {
  const noVerdict = (q: string) => {
    const a = engine.ask(q);
    expect(a.verdict, q).toBeNull();
    expect(a.text, q).not.toMatch(/^(Yes|No|Partly)\b|^(可以|不行|是的|不是|有條件可以|有条件可以)[。：]/);
  };

  it("gives no verdict to a question that asks the negative", () => {
    for (const q of [
      "Is Hyper-V no longer available on Windows 10 Pro?",
      "Windows 10 專業版是不是已經不能用 Hyper-V 了？",
      "Windows 10 专业版现在无法启用 Hyper-V 了吗？",
      "WSL 2 doesn't need Hyper-V, does it?",
    ])
      noVerdict(q);
  });

  it("reads 'can or can't' questions and bracketed asides as the plain question", () => {
    askEach(
      [
        "Windows 10 家用版能不能啟用 Hyper-V？",
        "Windows 10 家庭版能不能启用 Hyper-V？",
        "Can Windows 10 Home run Hyper-V or not?",
      ],
      (a) => expect(a.verdict).toBe("NO"),
    );
    expect(engine.ask("Can Windows 11 Pro (not Home) run Hyper-V?").verdict).toBe("YES");
  });

  it("gives no verdict on being the first from whether the thing has it", () => {
    askEach(
      [
        "Was Windows 10 the first desktop Windows with Hyper-V?",
        "Windows 10 是第一個內建 Hyper-V 的桌面 Windows 嗎？",
        "Windows 10 是最早内置 Hyper-V 的桌面版 Windows 吗？",
      ],
      (a) => {
        expect(a.verdict).not.toBe("YES");
        expect(a.verdict).not.toBe("PARTLY");
      },
    );
  });

  it("gives no verdict where a product version asked is one nothing compares", () => {
    for (const q of [
      "Can VMware Workstation 14 run alongside Hyper-V?",
      "VMware Workstation 12 可以和 Hyper-V 同時開嗎？",
      "VirtualBox 5.2 能跟 Hyper-V 同时用吗？",
    ])
      noVerdict(q);
  });
});

describe("a status that says part of a thing has ended", () => {
  it("gives no yes to 'still' where a use of it has ended and another lives on", () => {
    askEach(
      [
        "Is Nano Server still offered as a host operating system?",
        "Nano Server 現在還能當主機作業系統嗎？",
        "Nano Server 现在还能当主机操作系统吗？",
      ],
      (a) => expect(a.verdict).not.toBe("YES"),
    );
    expect(engine.ask("Is boot2docker still maintained?").verdict).toBe("NO");
  });
});

describe("a host and an image named by its release", () => {
  it("gives no yes from a fact that only names both systems", () => {
    askEach(
      [
        "Can a Windows Server 2022 host run 20H2 container images?",
        "請問在 Windows Server 2022 主機上，可以跑 20H2 的容器映像嗎？",
        "Windows Server 2022 主机上能跑 20H2 的容器镜像吗？",
      ],
      (a) => expect(a.verdict).not.toBe("YES"),
    );
  });
});

describe("a fact about another kind of container", () => {
  it("gives no yes on Linux containers from a fact on Windows containers", () => {
    askEach(
      [
        "Can Windows Server 2016 run Linux containers in production?",
        "Windows Server 2016 可以在生產環境跑 Linux 容器嗎？",
        "Windows Server 2016 能在生产环境运行 Linux 容器吗？",
      ],
      (a) => expect(a.verdict).not.toBe("YES"),
    );
  });

  it("reads inside a VM as a condition a fact's mention of VMs does not settle", () => {
    askEach(
      [
        "Can I run Docker Desktop on an EC2 instance?",
        "Will Docker Desktop work inside an Azure VM?",
        "我能在 AWS EC2 的 Windows 实例上装 Docker Desktop 吗？",
        "在虚拟机里能跑 WSL 2 吗？",
        "WSL 2 可以在虛擬機器裡執行嗎？",
        "Is running Docker Desktop inside a KVM guest supported?",
        "Can WSL 2 run inside a VMware virtual machine?",
      ],
      (a) => expect(a.verdict).not.toBe("YES"),
    );
    // Where a setup's parts say what they need in a VM (its hypervisor must expose virtualization), it works with that.
    askEach(
      [
        "Can I run Docker Desktop for Windows inside a VM on Windows 10 Pro?",
        "我想在虚拟机里的 Windows 11 专业版装 Docker Desktop，可以吗？",
        "Windows 11 專業版跑在虛擬機器裡，能用 Docker Desktop 嗎？",
      ],
      (a) => {
        expect(a.verdict).toBe("PARTLY");
        expect(a.text).toMatch(/ESXi/);
      },
    );
  });

  it("gives no no from a fact about one release where the question names none", () => {
    // The fact that says no is about a Windows Server 2012 host; these ask of no release.
    askEach(
      [
        "Can I run Hyper-V isolated containers with Docker Engine inside a Windows Server VM?",
        "Can a Windows Server VM run Hyper-V isolated containers?",
        "Windows Server 虚拟机里能跑 Hyper-V 隔离的容器吗？",
        "在 Windows Server 虛擬機器裡可以用 Hyper-V 隔離嗎？",
      ],
      // Nor a plain yes: inside a VM, Hyper-V isolation needs nested virtualization.
      (a) => expect([null, "PARTLY"]).toContain(a.verdict),
    );
  });

  it("gives no yes from a need a fact states of something else, or of a past time", () => {
    // Microsoft's quick start for Linux containers needs Pro; Docker Desktop itself runs on Home with WSL 2.
    askEach(
      [
        "Docker Desktop 需要专业版吗？",
        "Docker Desktop 需要 Windows 專業版嗎？",
        "Docker Desktop 一定要专业版才能装吗？",
        // "Around 2020, Docker Desktop with its Hyper-V backend required Windows 10 Pro…"
        "Is Windows Pro required to install Docker Desktop?",
      ],
      (a) => expect(a.verdict).not.toBe("YES"),
    );
    expect(engine.ask("Do I need Windows 10 Pro for Docker Desktop?").verdict).toBe("NO");
  });

  it("reads 'distro' as the facts' 'distribution'", () => {
    // Docker Desktop's WSL 2 backend runs in its own WSL distribution and needs no Ubuntu.
    askEach(
      [
        "Do I have to install an Ubuntu distro in WSL before Docker Desktop works?",
        "Is an Ubuntu distro in WSL required before Docker Desktop works?",
      ],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/docker-desktop/);
      },
    );
  });

  it("reads a named hypervisor's VM as inside a VM, not as a backend", () => {
    // "Docker Desktop has two backends, Hyper-V and WSL 2" says nothing of running inside a VirtualBox guest.
    askEach(
      [
        "Does Docker Desktop work inside a VirtualBox VM?",
        "Can Docker Desktop run in a VMware Workstation VM?",
        "Can I run WSL 2 in a VirtualBox virtual machine?",
      ],
      (a) => expect(a.verdict).toBeNull(),
    );
  });
});
