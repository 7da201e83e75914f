import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import { askingSentence, subQuestionsOf } from "./Frame.js";
import { Reader } from "./Reader.js";

const reader = new Reader(loadGraph());
const frame = (q: string, history: string[] = []) => reader.read(q, history).frame;
const slots = (q: string) => frame(q).qualifiers.map((x) => `${x.slot}:${x.value}`);

describe("the frame of a question", () => {
  it("does not end the asking sentence at a full stop inside brackets", () => {
    for (const q of [
      "When will there be base images for Windows 10 21H2 (e.g. 10.0.19044.1415) that run with process isolation?",
      "Will Docker Desktop run on Windows 10 Home (i.e. without Hyper-V) if I use WSL 2?",
      "Windows 10 家庭版（例如 19045 版。）能用 WSL 2 跑 Docker Desktop 吗？",
    ])
      expect(askingSentence(q), q).toBe(q);
    // Outside brackets a full stop still ends the story before the question.
    expect(askingSentence("I run Windows 10 Home (build 19045). Can I use Docker Desktop?")).toBe(
      "Can I use Docker Desktop?",
    );
  });

  it("reads no 'only' from a last clause that offers the other answer", () => {
    expect(slots("Can it run ltsc2019 images with process isolation, or only with Hyper-V isolation?")).not.toContain(
      "exclusive:only",
    );
    expect(slots("舊的映像能在它上面用處理序隔離跑嗎，還是只能用 Hyper-V 隔離？")).not.toContain("exclusive:only");
    expect(slots("Can it run ltsc2019 images only with Hyper-V isolation?")).toContain("exclusive:only");
  });

  it("reads no absence from a verb, 不 and the verb again (需不需要, 有沒有)", () => {
    expect(slots("WSL 2 需不需要 Hyper-V？")).not.toContain("absence:without");
    expect(slots("Docker Toolbox 有沒有附 VirtualBox？")).not.toContain("absence:without");
    // What the plain question leaves out still is.
    expect(slots("有没有不需要 Hyper-V 的 docker？")).toContain("absence:without");
    expect(slots("有沒有辦法不用 Hyper-V、只用 VirtualBox？")).toContain("absence:without");
  });

  it("reads no 'only' or 'still' from a clause that tells how things were", () => {
    expect(slots("以前 Workstation 16 只有非商業用途可以免費，現在商業用途也可以免費使用嗎？")).not.toContain(
      "exclusive:only",
    );
    expect(slots("It used to be free only for personal use, is it free for companies now?")).not.toContain(
      "exclusive:only",
    );
    // Told of the present, the same words are asked.
    expect(slots("現在只有非商業用途可以免費嗎？")).toContain("exclusive:only");
    // Words that tell the past only in some places: "used to run" says what it is for, 安装之前
    // is "before installing", 迁移过去 "moving over".
    for (const q of [
      "Docker Desktop is used to run only Linux containers, right?",
      "安装之前只能用 Hyper-V，对吗？",
      "在 Windows Server 2019 上，迁移过去只能用 Hyper-V 隔离吗？",
    ])
      expect(slots(q), q).toContain("exclusive:only");
  });

  it("names the predicate that decides, in English and Chinese", () => {
    expect(frame("Does VMware Workstation cost money?").predicate).toEqual({
      id: "cost",
      family: "price",
      value: "paid",
    });
    expect(frame("VMware Workstation 商用要收費嗎？").predicate?.id).toBe("cost");
    expect(frame("VMware Workstation 商用要收费吗？").predicate?.id).toBe("cost");
    expect(frame("Is VirtualBox free?").predicate?.id).toBe("free");
    expect(frame("Can VirtualBox and Hyper-V run at the same time?").predicate?.family).toBe("coexist");
    expect(frame("VirtualBox 和 Hyper-V 可以同時開嗎？").predicate?.family).toBe("coexist");
  });

  it("reads no qualifier the writer denies, and counts people where 個 follows a number", () => {
    expect(slots("We are a public library, not a company. Is Docker Desktop free for us?")).not.toContain(
      "audience:commercial",
    );
    expect(slots("我們是公家單位，並不是公司，Docker Desktop 要付費嗎？")).not.toContain("audience:commercial");
    expect(slots("我们是非商业的团队，用 Docker Desktop 要钱吗？")).not.toContain("audience:commercial");
    expect(slots("我們辦公室 12 個人，Docker Desktop 免費嗎？")).not.toContain("audience:personal");
    expect(slots("Is Docker Desktop free for commercial use?")).toContain("audience:commercial");
  });

  it("takes a predicate's word inside a qualifier's as the qualifier's", () => {
    expect(frame("非商業的開源專案可以免費用 Docker Desktop 嗎？").predicate?.id).toBe("free");
    expect(frame("开源项目的维护者用 Docker Desktop 免费吗？").predicate?.id).toBe("free");
  });

  it("in a story, takes the predicate of the asking clause, unless it only offers the other answer", () => {
    expect(frame("有人說 Docker Desktop 已經不免費了。我們這種規模，得買授權嗎？").predicate?.id).toBe("cost");
    expect(frame("I read that VirtualBox stopped being free. Do we have to pay for it at work?").predicate?.id).toBe(
      "cost",
    );
    expect(frame("We are 40 people. Is Docker Desktop still free for us, or do we pay now?").predicate?.id).toBe(
      "free",
    );
  });

  it("reads qualifiers: architecture, a VM host, production, only", () => {
    expect(slots("Can I run Docker Desktop on a Surface Pro X (ARM)?")).toContain("arch:arm64");
    expect(slots("Docker Desktop 支援 ARM 架構的 Windows 嗎？")).toContain("arch:arm64");
    expect(slots("Does Docker work on 32-bit Windows 10?")).toContain("arch:x86");
    expect(slots("Can I run Docker Desktop inside a VM on VMware?")).toContain("host:vm");
    expect(slots("能在虛擬機裡再裝 Docker Desktop 嗎？")).toContain("host:vm");
    // A host that is itself a virtual machine.
    expect(slots("那如果这台 Windows Server 本身就是跑在 VMware 上的虚拟机呢？Hyper-V 隔离还能用吗？")).toContain(
      "host:vm",
    );
    expect(slots("Our container host is itself a VM on ESXi. Can it use Hyper-V isolation?")).toContain("host:vm");
    expect(slots("Are Windows containers ready for production?")).toContain("use:production");
    expect(slots("WSL 2 只能在 Windows 11 上用嗎？")).toContain("exclusive:only");
    expect(slots("Is Hyper-V supported on Windows 11 Home?")).toEqual([]);
  });

  it("reads a build the user copied from ver or winver", () => {
    expect(frame("ver says 10.0.14393, can I install Docker Desktop?").build).toBe(14393);
    expect(frame("I'm on OS Build 19045.3803").build).toBe(19045);
    expect(frame("系統是 build 17763，能跑 WSL 2 嗎？").build).toBe(17763);
    expect(frame("Can I run Docker on Windows 10?").build).toBeNull();
  });

  it("reads the release a copied build stands for", () => {
    const entities = reader.read("ver says 10.0.14393, can I install Docker Desktop?").entities.map((e) => e.slug);
    expect(entities.some((s) => s.startsWith("windows-10"))).toBe(true);
  });

  it("puts macOS-only, Linux-only, orchestrator and programming questions out of scope", () => {
    expect(frame("How do I speed up bind mounts on my MacBook?").outOfScope?.id).toBe("macos");
    expect(frame("How do I install Docker on Ubuntu 22.04?").outOfScope?.id).toBe("linux-distro");
    expect(frame("Why is my pod stuck in Pending?").outOfScope?.id).toBe("orchestrator");
    expect(frame("How do I write a list comprehension?").outOfScope?.id).toBe("programming");
    expect(frame("在蘋果電腦上怎麼裝 Docker？").outOfScope?.id).toBe("macos");
    expect(frame("How do I install Podman Desktop on Windows with Hyper-V?").outOfScope?.id).toBe("other-tool");
    // A platform's releases and tools, and a cluster's own objects, say which subject it is.
    expect(frame("Docker keeps using 100% CPU since I upgraded to Sonoma").outOfScope?.id).toBe("macos");
    expect(frame("How do I add my user to the docker group on Rocky Linux?").outOfScope?.id).toBe("linux-distro");
    expect(frame("My deployment ignores the node affinity and tolerations I set").outOfScope?.id).toBe("orchestrator");
    expect(frame("节点亲和性配置了以后调度器还是把容器放到别的节点").outOfScope?.id).toBe("orchestrator");
    expect(frame("群暉 NAS 上的 Container Manager 怎麼更新？").outOfScope?.id).toBe("other-os");
  });

  it("keeps in scope what is tied to Windows or named by the knowledge base", () => {
    expect(frame("Can I run an Ubuntu distro in WSL 2 on Windows 10?").outOfScope).toBeNull();
    expect(frame("Which hypervisor did Docker for Mac use at launch?").outOfScope).toBeNull();
  });

  it("keeps in scope a question whose story only names another tool", () => {
    // Where the writer has been is not what the asking sentence asks of.
    expect(
      frame("我们之前就是因为这个换成了 podman。如果不用 Desktop，只装 Docker Engine 也要付费吗？").outOfScope,
    ).toBeNull();
    expect(
      frame("Our agents run in Azure Pipelines. Can Windows Server 2019 run ltsc2022 images?").outOfScope,
    ).toBeNull();
    // Asked of the tool, or pointing back to it, the question is the tool's.
    expect(frame("We moved to podman. Can it run Windows containers?").outOfScope?.id).toBe("other-tool");
    expect(frame("We moved to Windows 10. Can podman run Windows containers there?").outOfScope?.id).toBe("other-tool");
    // A Compose file's syntax in the story is what "is this a bug?" asks about.
    expect(
      frame("docker compose v2 之後 .env 的變數替換不會動了。Docker Desktop 上也一樣，這是 bug 嗎？").outOfScope?.id,
    ).toBe("compose-syntax");
  });

  it("reads a platform's word outside a name the knowledge base knows, in English and Chinese", () => {
    // "mac" of Docker for Mac is the name's; hyperkit beside it still says the question is the Mac's.
    for (const q of [
      "Even if Docker for Mac is not running, a com.docker.hyperkit process uses 20% CPU. How do I make it only run when I start Docker?",
      "Docker for Mac 沒開的時候 com.docker.hyperkit 還是一直佔用 CPU，要怎麼關掉？",
    ])
      expect(frame(q).outOfScope?.id, q).toBe("macos");
    expect(frame("Docker for Mac 和 Docker for Windows 是同一年推出的嗎？").outOfScope).toBeNull();
  });

  it("puts a swarm's own network out of scope unless the swarm is tied to Windows", () => {
    for (const q of [
      "I started all swarm services in the same overlay network. From another host the service name doesn't resolve. Why?",
      "The overlay network I created on the manager doesn't show up on the worker nodes. Is that a bug?",
      "3 個節點的 swarm，不同主機上同一個 overlay 網路的容器 ping 不到，要開哪些埠？",
      "swarm 里的工作节点看不到 manager 上建的 overlay 网络，是 bug 吗？",
    ])
      expect(frame(q).outOfScope?.id, q).toBe("swarm-network");
    // A Windows node's overlay network, pasted error and all, is Windows containers' matter.
    for (const q of [
      "两台 Ubuntu 加一台 Windows Server 2016 组了个 swarm，overlay 网络上的服务在 Windows 节点上起不来，报 HNS failed with error。要放行哪些端口？",
      "Can a Windows Server 2019 node join a swarm overlay network?",
    ]) {
      expect(frame(q).outOfScope, q).toBeNull();
      expect(frame(q).scopeInError, q).toBeNull();
    }
  });

  it("puts a guest's own devices, fonts and licence out of scope, but not a container's", () => {
    expect(frame("How do I pass a USB device through to my VirtualBox guest?").outOfScope?.id).toBe("guest-devices");
    expect(frame("Hyper-V 虛擬機裡的 Windows 要輸入產品金鑰才能啟用嗎？").outOfScope?.id).toBe("guest-devices");
    expect(frame("WSL 里中文字体显示成方块，怎么装字体？").outOfScope?.id).toBe("guest-system");
    expect(frame("How do I move my containers from OrbStack?").outOfScope?.id).toBe("other-tool");
    // Docker named beside the device asks how a container meets it.
    expect(frame("Can a container on Docker Desktop for Windows use a USB device?").outOfScope).toBeNull();
    expect(frame("Docker Desktop 的容器能用 USB 设备吗？").outOfScope).toBeNull();
  });

  it("puts a program's import error inside a container out of scope, in English and Chinese", () => {
    for (const q of [
      "docker compose up fails to start with ModuleNotFoundError: No module named 'dotenv'. What's wrong?",
      "I pip install docker, then import docker gives No module named docker. Any suggestions?",
      "容器里跑 python 报 ImportError: cannot import name 'app'，怎么办？",
    ])
      expect(frame(q).outOfScope?.id, q).toBe("programming");
  });

  it("reads polarity and pasted errors", () => {
    expect(frame("Why doesn't Hyper-V start?").negated).toBe(true);
    expect(frame("為什麼 Hyper-V 不能啟動？").negated).toBe(true);
    expect(frame("Does Hyper-V start?").negated).toBe(false);
    expect(
      frame('docker run fails: "Error response from daemon: hcsshim::CreateComputeSystem"').errorText,
    ).not.toBeNull();
    expect(frame("安裝時報錯：0x80370102，怎麼辦？").errorText).not.toBeNull();
    expect(frame("What is an error?").errorText).toBeNull();
  });

  it("reads 报 and 報 alone as reporting what a program printed, not in the words they make", () => {
    for (const q of [
      "升级到 WSL 2 以后一直报 Cannot connect to the Docker daemon at unix:///var/run/docker.sock，怎么办？",
      "Docker Desktop 一打开就报这个：Docker Desktop stopped，重装也没用",
      "在 Windows Server 2022 上 docker pull 直接報 no matching manifest for windows/amd64 10.0.20348，怎麼辦？",
    ])
      expect(frame(q).errorText, q).not.toBeNull();
    for (const q of [
      "公司要写一份报告，Docker Desktop 在 250 人以上的企业要付费吗？",
      "Docker Business 的報價是每位使用者每月多少錢？",
      "有没有情报说 Docker Desktop 会支持 Windows 7？",
    ])
      expect(frame(q).errorText, q).toBeNull();
  });

  it("splits a message into the questions it asks, up to three", () => {
    expect(subQuestionsOf("Can I run Docker on Windows 7? And does it need Hyper-V?")).toEqual([
      "Can I run Docker on Windows 7?",
      "And does it need Hyper-V?",
    ]);
    expect(subQuestionsOf("Win7 能用 Docker 嗎？需要 Hyper-V 嗎？")).toHaveLength(2);
    expect(subQuestionsOf("Can I run Docker on Windows 7?")).toEqual([]);
    expect(subQuestionsOf("a? b? c? d e f? g h i? j k l?")).toHaveLength(3);
  });
});

describe("the reading's lexicon fields", () => {
  const read = (q: string, history: string[] = []) => reader.read(q, history);

  it("reads the question type by rank, in English and both Chinese scripts", () => {
    expect(read("What is the difference between Hyper-V and VirtualBox?").intent).toBe("COMPARE");
    expect(read("Hyper-V 和 VirtualBox 有什麼區別？").intent).toBe("COMPARE");
    expect(read("Hyper-V 和 VirtualBox 有什么区别？").intent).toBe("COMPARE");
    expect(read("Can Windows 7 run Docker Desktop?").intent).toBe("YES_NO");
    expect(read("Windows 7 能跑 Docker Desktop 嗎？").intent).toBe("YES_NO");
    expect(read("When was WSL 2 released?").intent).toBe("WHEN");
    expect(read("WSL 2 是什麼時候發布的？").intent).toBe("WHEN");
    expect(read("Which hypervisors does Docker Toolbox use?").intent).toBe("LIST");
    expect(read("Docker Toolbox 用哪些虚拟机软件？").intent).toBe("LIST");
    expect(read("Give me the history of Windows containers").intent).toBe("HISTORY");
    expect(read("Windows 容器的發展歷程").intent).toBe("HISTORY");
  });

  it("lets a cue's cancelling words cancel it: a polite request and 功能 ask no yes/no", () => {
    expect(read("Can you tell me when WSL 2 was released?").intent).toBe("WHEN");
    expect(read("Can WSL 2 run on Windows 10 Home?").intent).toBe("YES_NO");
    expect(read("Hyper-V 的功能用在哪裡").intent).not.toBe("YES_NO");
  });

  it("reads follow-ups, two things at once and what a which-question asks for", () => {
    expect(read("And on Windows 11?", ["Can I run Docker Desktop on Windows 10?"]).followUp).toBe(true);
    expect(read("那 Win8 呢？", ["Win7 能用 Docker 嗎？"]).followUp).toBe(true);
    expect(read("Can VirtualBox run while Hyper-V is enabled?").sameTime).toBe(true);
    expect(read("VirtualBox 和 Hyper-V 能同時開嗎？").sameTime).toBe(true);
    expect(read("Does VirtualBox run on Windows 10?").sameTime).toBe(false);
    expect(read("Which VM software does Docker Toolbox use?").askedKind).toBe("HYPERVISOR");
    expect(read("Docker Toolbox 使用哪個虛擬機軟體?").askedKind).toBe("HYPERVISOR");
    expect(read("Which company makes VirtualBox?").askedKind).toBe("COMPANY");
    expect(read("Who makes VirtualBox?").relationHints).toContain("MADE_BY");
    expect(read("VirtualBox 是哪家公司開發的？").relationHints).toContain("MADE_BY");
    // A verb before 的 and a noun describes the noun: no relation is asked of it.
    expect(read("在 Windows 和 Linux 上的 Docker 环境中使用的镜像是否相同？").relationHints).not.toContain("USES");
    expect(read("Docker 使用 Linux 核心嗎？").relationHints).toContain("USES");
  });

  it("reads whether the asking sentence points back into the story, in both languages", () => {
    expect(frame("We set up a Server 2025 host. Can we run ltsc2019 images on it?").pointsBack).toBe(true);
    expect(frame("我们装了一台 Server 2025 主机。它能跑 ltsc2019 的镜像吗？").pointsBack).toBe(true);
    expect(frame("We set up a Server 2025 host. Can Server 2025 run ltsc2019 images?").pointsBack).toBe(false);
  });

  it("reads a question about the source article and a why-question", () => {
    expect(frame("The article says Windows 8 had a Home edition. Is that right?").aboutArticle).toBe(true);
    expect(frame("原文說 Windows 8 有家用版，對嗎？").aboutArticle).toBe(true);
    expect(frame("Does Windows 8 have a Home edition?").aboutArticle).toBe(false);
    expect(frame("Why does Docker Desktop need WSL 2?").questionType).toBe("why");
    expect(frame("為什麼 Docker Desktop 需要 WSL 2？").questionType).toBe("why");
    expect(frame("Does Docker Desktop need WSL 2?").questionType).toBeNull();
  });

  it("reads a where-question as asking how, not whether", () => {
    for (const q of [
      "Where do I set the memory limit for the WSL 2 backend?",
      "Docker Desktop 用 WSL2 后端的时候，CPU 和内存上限要在哪里设置？",
      "WSL 2 後端的記憶體上限要去哪裡設定？",
    ])
      expect(reader.read(q).intent, q).toBe("HOW");
    expect(reader.read("Can I set a memory limit for the WSL 2 backend?").intent).toBe("YES_NO");
  });

  it("reads an earlier turn once, and the same way as on its own", () => {
    const history = ["Does Windows 7 support Hyper-V?"];
    const first = reader.read("What about Windows 10 Pro?", history);
    const again = reader.read("What about Windows 10 Pro?", history);
    expect(again.entities).toEqual(first.entities);
    expect(again.edition).toBe("pro");
  });
});

describe("each field of the frame, in English and both Chinese scripts", () => {
  const read = (q: string, history: string[] = []) => reader.read(q, history);
  const asked = (q: string) => frame(q).asked.map((e) => e.slug);

  it("names as subjects what the asking sentence names, not the story around it", () => {
    const story = "My laptop came with VirtualBox preinstalled. Does Docker Desktop run on Windows 11 Home?";
    expect(asked(story)).toEqual(["docker-desktop", "windows-11"]);
    expect(asked("我的筆電預裝了 VirtualBox。Docker Desktop 能在 Windows 11 家用版上跑嗎？")).toEqual([
      "docker-desktop",
      "windows-11",
    ]);
    expect(asked("我的笔记本预装了 VirtualBox。Docker Desktop 能在 Windows 11 家庭版上跑吗？")).toEqual([
      "docker-desktop",
      "windows-11",
    ]);
  });

  it("spells out a noun two joined names share", () => {
    const slugs = (q: string) => read(q).entities.map((e) => e.slug);
    expect(slugs("How do Linux and Windows containers differ?")).toEqual(["linux-containers", "windows-containers"]);
    expect(slugs("Linux 和 Windows 容器差在哪？")).toEqual(["linux-containers", "windows-containers"]);
    expect(slugs("Linux 與 Windows 容器差在哪？")).toEqual(["linux-containers", "windows-containers"]);
  });

  it("reads the edition and the build as qualifiers of the OS", () => {
    expect(read("Will WSL 2 work on Windows 10 Education?").edition).toBe("education");
    expect(read("Windows 10 企业版能装 WSL 2 吗？").edition).toBe("enterprise");
    expect(read("Windows 10 企業版能裝 WSL 2 嗎？").edition).toBe("enterprise");
    expect(frame("winver shows OS Build 18363.1556. Is WSL 2 there?").build).toBe(18363);
    expect(frame("系统版本 10.0.17134，能不能用 WSL 2？").build).toBe(17134);
    expect(frame("系統版本 10.0.17134，能不能用 WSL 2？").build).toBe(17134);
  });

  it("reads architecture and a VM host in Simplified too", () => {
    expect(slots("Docker Desktop 支持 ARM 架构的 Windows 吗？")).toContain("arch:arm64");
    expect(slots("能在虚拟机里再装 Docker Desktop 吗？")).toContain("host:vm");
    expect(slots("Does Docker Desktop start on Windows 11 running on bare metal?")).not.toContain("host:vm");
  });

  it("reads the negative in each script, and not where there is none", () => {
    expect(frame("Why won't WSL 2 install on my PC?").negated).toBe(true);
    expect(frame("为什么 WSL 2 无法安装？").negated).toBe(true);
    expect(frame("為什麼 WSL 2 無法安裝？").negated).toBe(true);
    expect(frame("WSL 2 要怎麼安裝？").negated).toBe(false);
  });

  it("keeps a pasted error's text, in English and Chinese", () => {
    const pasted =
      'Docker Desktop will not start: "Hardware assisted virtualization and data execution protection must be enabled in the BIOS"';
    expect(frame(pasted).errorText).toBe(pasted);
    expect(
      frame("啟動 Docker Desktop 時跳出錯誤：「必須在 BIOS 中啟用硬體輔助虛擬化」，怎麼辦？").errorText,
    ).not.toBeNull();
    expect(frame("启动 Docker Desktop 时报错：0x80370102，怎么办？").errorText).not.toBeNull();
    expect(frame("Which errors can Docker Desktop show?").errorText).toBeNull();
  });

  it("splits a message into its questions in Chinese as in English", () => {
    expect(subQuestionsOf("Win10 家庭版能裝 Docker 嗎？要先開 Hyper-V 嗎？WSL 2 要另外裝嗎？")).toHaveLength(3);
    expect(subQuestionsOf("Win10 家庭版能装 Docker 吗？要先开 Hyper-V 吗？")).toHaveLength(2);
    expect(subQuestionsOf("Win10 家庭版能装 Docker 吗？")).toEqual([]);
  });

  it("asks a which-question, not a yes/no one, when a question word opens it", () => {
    expect(read("Which Windows versions can run WSL 2?").intent).not.toBe("YES_NO");
    expect(read("哪些 Windows 版本可以用 WSL 2？").intent).not.toBe("YES_NO");
    expect(read("Windows 11 Home Hyper-V?").intent).toBe("YES_NO");
  });

  it("resolves a pronoun to what was asked before and keeps the earlier edition", () => {
    const enHistory = ["Can Windows 10 Home run Docker Desktop?"];
    const en = read("When did it first support that edition?", enHistory);
    expect(en.followUp).toBe(true);
    expect(en.entities.map((e) => e.slug)).toContain("docker-desktop");
    expect(en.edition).toBe("home");
    const zh = read("它什麼時候開始支援的？", ["Windows 10 家用版能跑 Docker Desktop 嗎？"]);
    expect(zh.entities.map((e) => e.slug)).toContain("docker-desktop");
    expect(zh.edition).toBe("home");
  });

  it("leaves the content words no name consumed, and the words the knowledge base never uses", () => {
    const en = read("Does VirtualBox slow down my gaming laptop?");
    expect(en.terms).toContain("slow");
    expect(en.terms.some((t) => t.startsWith("virtualbox"))).toBe(false);
    expect(en.unknownWords).toContain("gaming");
    expect(read("VirtualBox 會讓遊戲變慢嗎？").terms.some((t) => t.includes("游戏"))).toBe(true);
    expect(read("VirtualBox 会让游戏变慢吗？").terms.some((t) => t.includes("游戏"))).toBe(true);
  });
});
