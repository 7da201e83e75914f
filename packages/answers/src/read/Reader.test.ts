import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import { Reader } from "./Reader.js";

const reader = new Reader(loadGraph());
const slugs = (q: string, history: string[] = []) => reader.read(q, history).entities.map((e) => e.slug);

describe("Reader", () => {
  it("recognises entities by names, aliases and typos, in both scripts", () => {
    expect(slugs("dokcer toolbx uses which hypervisr")).toEqual(["docker-toolbox"]);
    expect(slugs("virtual box vs hyper v")).toEqual(["virtualbox", "hyper-v"]);
    expect(slugs("Win7 可以安裝 Hyper-V 嗎?")).toEqual(["windows-7", "hyper-v"]);
    expect(slugs("vmware工作站")).toEqual(["vmware-workstation"]);
  });

  it("does not find names inside other words", () => {
    expect(slugs("What is the capital of France?")).toEqual([]);
  });

  it("reads the edition and the intent", () => {
    const r = reader.read("家庭版 Windows 10 能用 Hyper-V 嗎?");
    expect(r.edition).toBe("home");
    expect(r.intent).toBe("YES_NO");
    expect(reader.read("When did Windows Server 1709 come out?").intent).toBe("WHEN");
    expect(reader.read("Compare Hyper-V and VirtualBox").intent).toBe("COMPARE");
    expect(reader.read("Docker Toolbox 使用哪個虛擬機軟件?").intent).toBe("LIST");
    // A verb, 不 and the verb again ask yes or no, though the verb names a price.
    expect(reader.read("Docker Desktop 在公司裡用到底要不要付錢？").intent).toBe("YES_NO");
    expect(reader.read("公司 300 多人，开发用 Docker Desktop 需不需要付费？").intent).toBe("YES_NO");
    // A name, one value asked of it and a question mark ask whether it has that value; two values
    // of one kind ask which.
    for (const q of ["vmwre workstaion free??", "virtualbox open source?", "docker toolbox 已经弃用了？"])
      expect(reader.read(q).intent, q).toBe("YES_NO");
    expect(reader.read("Hyper-V 是第一型還是第二型 Hypervisor？").intent).not.toBe("YES_NO");
    // After a question word, "can I" and "is it" ask that question, not yes or no.
    for (const q of [
      "What is it used for?",
      "The VM fails to start in VirtualBox. What can I do?",
      "I have that feature installed and SVM enabled. What else can it be?",
    ])
      expect(reader.read(q).intent, q).not.toBe("YES_NO");
    expect(reader.read("The VM fails to start. Can I use Hyper-V instead?").intent).toBe("YES_NO");
    // A way to set something asks how; a way to do it at all asks yes or no.
    for (const q of ["Is there a way to limit the memory WSL 2 uses?", "有辦法限制 vmmem 能用的記憶體嗎？"])
      expect(reader.read(q).intent, q).toBe("HOW");
    expect(reader.read("VirtualBox 跟 WSL2 有沒有辦法兩個一起用？").intent).toBe("YES_NO");
  });

  it("reads a question that names an attribute of data/lexicon as asking for it, in both languages and scripts", () => {
    for (const q of [
      "how big is the nanoserver image",
      "VirtualBox 最新版本",
      "Nano Server 映像多大",
      "VMware Workstation 的授權",
    ])
      expect(reader.read(q).intent, q).toBe("WHAT_IS");
    // "host … run" is no attribute asked: the host is the subject of a yes/no question.
    expect(reader.read("Can a Server 2016 host run the 1809 images?").intent).toBe("YES_NO");
  });

  it("counts no word of an image reference as a subject the knowledge base does not know", () => {
    const r = reader.read("2019 主機到底能不能跑 openjdk:11.0.4-jdk-windowsservercore-ltsc2016 的映像？");
    expect(r.unknownWords).not.toContain("openjdk");
    expect(reader.read("Can I run openjdk on Windows Server 2019?").unknownWords).toContain("openjdk");
  });

  it("reads a question that asks to confirm what was said as yes or no, a 'when' in it opening a condition", () => {
    for (const q of [
      "So you are saying when using 1809 it should run on core 2019?",
      "You mean when I pick ltsc2019 it runs on a Server 2019 host?",
      "So you're saying Docker Desktop works on Windows 10 Home now?",
      "So that means I need Hyper-V for Windows containers?",
      "所以你是说用 1809 的镜像就能在 Server 2019 上跑？",
      "所以你的意思是 1809 的映像可以在 Server 2019 上執行？",
    ])
      expect(reader.read(q).intent, q).toBe("YES_NO");
    expect(reader.read("So when did Docker Desktop add WSL 2?").intent).toBe("WHEN");
  });

  it("reads a follow-up against the conversation", () => {
    const r = reader.read("What about Windows 10 Pro?", ["Does Windows 7 support Hyper-V?"]);
    expect(r.followUp).toBe(true);
    expect(r.intent).toBe("YES_NO");
    expect(r.entities.map((e) => e.slug)).toEqual(["windows-10", "hyper-v"]);
    expect(r.edition).toBe("pro");
    expect(reader.read("那 Server 2016 呢", ["Win7 可以安裝 Hyper-V 嗎?"]).entities.map((e) => e.slug)).toEqual([
      "windows-server-2016",
      "hyper-v",
    ]);
  });

  it("keeps what a follow-up carries on from the earlier turn without naming it again", () => {
    const carried = (q: string, history: string[]) => reader.read(q, history).carried.map((e) => e.slug);
    expect(
      carried("那 Windows 容器呢？家庭版也能切到 Windows 容器吗？", ["Win10 家庭版 2004，能装 Docker Desktop 吗？"]),
    ).toEqual(["windows-10-2004", "docker-desktop"]);
    // The name that takes an earlier one's place is not carried: the one it replaced is gone.
    expect(carried("And VirtualBox?", ["Can Hyper-V and VMware Workstation run at the same time?"])).toEqual([
      "hyper-v",
    ]);
    expect(carried("那 Server 2016 呢", ["Win7 可以安裝 Hyper-V 嗎?"])).toEqual(["hyper-v"]);
    expect(reader.read("Does Windows 7 support Hyper-V?").carried).toEqual([]);
  });

  it("reads the question type in the clause after one of circumstance", () => {
    expect(reader.read("Since Windows 10 1809, can a Windows 10 host run ltsc2019 images?").intent).toBe("YES_NO");
    expect(reader.read("After the 2021 licence change, is Docker Desktop still free for students?").intent).toBe(
      "YES_NO",
    );
  });

  it("reads the OS a bare build names, on the side of a server only where the question says so", () => {
    expect(slugs("我的電腦組建是 17134，可以用 WSL 2 嗎？")).toEqual(["wsl-2", "windows-10"]);
    expect(slugs("My server is build 20348. Does it support WSL 2?")).toEqual(["wsl-2", "windows-server-2022"]);
    // 17134 is Windows Server 1803 too: on a server's side it names that one alone.
    expect(slugs("Our servers run build 17134, can they use WSL 2?")).toEqual(["wsl-2", "windows-server-sac"]);
  });

  it("never corrects a word the lexicon reads into a name: 'in prod' is production, not the Pro edition", () => {
    const r = reader.read("Is it fine to run process-isolated containers in prod on Windows 11 Enterprise?");
    expect(r.edition).toBe("enterprise");
    expect(r.frame.qualifiers.map((q) => q.value)).toContain("production");
  });

  it("reads a release number after an OS as its build", () => {
    expect(reader.read("Docker on Windows 10 1903 Home?").build).toBe(18362);
    expect(reader.read("Docker on Windows 10 build 19045?").build).toBe(19045);
  });

  it("reads no edition or build from what a reported message says is required", () => {
    for (const q of [
      "I have Windows 10 Home. The installer says: Docker Desktop requires Windows 10 Pro or Enterprise version 15063. Can Home install it now?",
      "我的電腦是 Win10 家用版，安裝時一直提示錯誤。Docker Desktop requires Windows 10 Pro or Enterprise version 15063 to run。家用版到底能不能裝？",
      "我的电脑是 Win10 家庭版，安装时提示需要专业版 15063。家庭版能装 Docker Desktop 吗？",
    ]) {
      const r = reader.read(q);
      expect(r.edition, q).toBe("home");
      expect(r.build, q).toBeNull();
    }
    // The writer's own system, and a requirement the asking sentence itself names, are read.
    expect(reader.read("I have Windows 10 Home 1909 and it says an error. Can I install Docker Desktop?").build).toBe(
      18363,
    );
    expect(reader.read("It shows an error. Does Docker Desktop require Windows 10 Pro 15063?").edition).toBe("pro");
    expect(reader.read("The installer says it requires Windows 10 Pro. Can I install it?").edition).toBe(null);
  });

  it("reads no build from what the writer read or heard, and its edition as theirs", () => {
    for (const q of [
      "看到说 Win10 预览版 10565 开始支持嵌套虚拟化。现在能在 Hyper-V 虚拟机里跑 Hyper-V 隔离的 Windows 容器吗？",
      "聽說 Windows 10 build 10565 開始支援巢狀虛擬化。現在可以在 Hyper-V 虛擬機裡跑 Windows 容器嗎？",
      "I read that Windows 10 build 10565 added nested virtualization. Can I run Hyper-V containers inside a Hyper-V VM now?",
    ]) {
      expect(reader.read(q).build, q).toBeNull();
      expect(reader.read(q).frame.build, q).toBeNull();
    }
    // The writer's own build beside a report, and a build the asking sentence names, are read.
    expect(reader.read("I'm on build 19045. I read that WSL 2 is slow. Is it?").build).toBe(19045);
    expect(reader.read("I heard that nested virtualization came later. Does build 10565 have it?").build).toBe(10565);
    // A tool that reports the writer's own system is no hearsay.
    expect(
      reader.read("According to winver I'm on Windows 10 version 1809 build 17763. Can I run Docker Desktop?").build,
    ).toBe(17763);
    // An edition in what was heard is the writer's own.
    expect(reader.read("有人說在 Win10 家用版先用 DISM 裝好 Hyper-V 套件就能裝。這樣做有什麼問題？").edition).toBe(
      "home",
    );
  });
});
