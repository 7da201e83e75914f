import { describe, expect, it } from "vitest";
import { FOREIGN } from "./Frame.js";
import { Reader } from "./Reader.js";
import { engine, graph } from "../test/engine.js";

const reader = new Reader(graph);
const status = (q: string, history: string[] = []) => engine.ask(q, history).status;
const scope = (q: string) => reader.read(q).frame.outOfScope?.id ?? null;

describe("the subject of a question must be in the domain", () => {
  it("leaves a product the knowledge base does not know, asked about for itself, out of scope", () => {
    expect(scope("Can Sandboxie keep several sandboxes open at once, like Docker containers?")).toBe(FOREIGN);
    expect(scope("Could Vagrant bring up three VMs from one file, the way docker compose does?")).toBe(FOREIGN);
    expect(scope("能不能用 Vagrant 寫一個類似 docker compose 的檔案，一次開好幾台虛擬機器？")).toBe(FOREIGN);
    expect(scope("能不能用 Vagrant 写一个类似 docker compose 的文件，一次开好几台虚拟机？")).toBe(FOREIGN);
    expect(scope("Proxmox 和 ESXi 哪個比較適合放在家裡當伺服器？")).toBe(FOREIGN);
    for (const q of [
      "Is Multipass-like Sandboxie able to snapshot a sandbox?",
      "Can Vagrant share one folder between two boxes like the Docker CLI does with volumes?",
      "Sandboxie-Plus 可以像 Docker 那樣一次開多個沙盒嗎？",
    ])
      expect(status(q), q).toBe("NOT_FOUND");
  });

  it("keeps in scope a question whose subject is in the domain, though it names other things", () => {
    for (const q of [
      "Can I run Docker on Windows 10 Home?",
      "Docker Desktop 能在 Windows 11 家庭版上运行吗？",
      "Docker Desktop 能在 Windows 11 家用版上執行嗎？",
      "Is Kubernetes included in Docker Desktop for Windows?",
      "Can VMware Workstation run alongside Hyper-V?",
      "Docker Toolbox 用的是哪个虚拟机？",
      "Can I run Ubuntu under WSL 2 on Windows 10?",
      "Can Docker Compose start Windows containers on Windows Server 2022?",
      "Is WSL 2 like a virtual machine?",
      "WSL 2 是不是很像一台虛擬機器？",
      "When did Docker for Mac come out?",
    ])
      expect(status(q), q).toBe("ANSWERED");
  });

  it("reads a word beside a name of the domain as qualifying it, not as another product", () => {
    const q = "Docker Desktop will not start on Windows 10 Enterprise 2016 LTSB. Is 2016 LTSB supported?";
    expect(scope(q)).toBeNull();
  });

  it("does not read a statement or a pasted error as asking about a product", () => {
    expect(
      scope("Installing Docker for Windows on Windows 8.1 fails with Method not found in FooInstaller"),
    ).toBeNull();
  });

  it("leaves orchestrator internals out of scope even on Windows, but not a local cluster on Windows", () => {
    expect(scope("How do I get the kubelet running on a Windows node?")).toBe("orchestrator");
    expect(scope("Windows 節點上的 kubelet 要怎麼設定？")).toBe("orchestrator");
    expect(scope("How does the Kubernetes scheduler pick a node for a pod?")).toBe("orchestrator");
    expect(scope("minikube with the Hyper-V driver on Windows 10 will not start, why?")).toBeNull();
    expect(scope("How do I start minikube on Ubuntu?")).not.toBeNull();
  });

  it("leaves macOS-only, Linux-only and general programming questions out of scope, in both languages", () => {
    for (const q of [
      "How do I speed up bind mounts in Docker Desktop on my MacBook Air?",
      "Docker Desktop 在 macOS Sonoma 上一直卡在 starting，怎么办？",
      "在 Ubuntu 22.04 上怎麼安裝 docker-ce？",
      "How do I reverse a string in Go?",
      "JavaScript 的 Promise.all 和 Promise.race 有什么区别？",
      "Why is my Helm release stuck in pending-upgrade?",
      "Does Parallels Desktop support nested virtualization on Apple Silicon?",
    ])
      expect(status(q), q).toBe("NOT_FOUND");
  });

  it("never lets an earlier turn pull an unrelated question into scope", () => {
    expect(status("Can Sandboxie run several sandboxes at once?", ["Can I run Docker on Windows 10 Home?"])).toBe(
      "NOT_FOUND",
    );
    expect(status("那 Proxmox 呢？", ["Docker Desktop 能在 Windows 11 家庭版上运行吗？"])).toBe("NOT_FOUND");
    expect(status("那 Ubuntu 呢？", ["Docker Desktop 支援 Windows 10 家用版嗎？"])).toBe("NOT_FOUND");
    expect(status("And on my MacBook?", ["Does Docker Desktop need Hyper-V?"])).toBe("NOT_FOUND");
    expect(status("How does the kubelet decide where a pod goes?", ["Can I run Docker on Windows 10 Home?"])).toBe(
      "NOT_FOUND",
    );
    // A follow-up that names only a product the graph does not know, though a fact uses the word.
    expect(status("那 ESXi 呢？", ["VirtualBox 和 Hyper-V 可以同時開嗎？"])).toBe("NOT_FOUND");
    expect(status("那 ESXi 呢？", ["VirtualBox 和 Hyper-V 可以同时开吗？"])).toBe("NOT_FOUND");
    expect(status("What about Proxmox?", ["Can VirtualBox run with Hyper-V on?"])).toBe("NOT_FOUND");
    // A follow-up that names something of the domain, or a qualifier, stays a follow-up.
    expect(status("What about VMware Workstation?", ["Can VirtualBox run with Hyper-V on?"])).toBe("ANSWERED");
    expect(status("And on Pro?", ["Is Hyper-V available on Windows 11 Home?"])).toBe("ANSWERED");
    expect(status("What about Education?", ["Is Hyper-V available on Windows 10 Home?"])).toBe("ANSWERED");
    expect(status("那專業版呢？", ["Windows 11 家用版能開 Hyper-V 嗎？"])).toBe("ANSWERED");
  });
});

describe("a neighbouring feature the knowledge base does not cover is out of scope, even on Windows", () => {
  const outside = (q: string) => expect(status(q), q).toBe("NOT_FOUND");
  const inside = (q: string) => expect(status(q), q).toBe("ANSWERED");

  it("leaves a virtual machine's own desktop (its screen size, enhanced session) out", () => {
    for (const q of [
      "My Debian guest in Hyper-V on Windows 11 Pro is stuck at 1024x768, how do I change the screen resolution?",
      "Hyper-V on Windows 10 Pro: the enhanced session button stays grey for my Fedora VM, what else must I turn on?",
      "Which video driver should a Linux guest use in Hyper-V to get a bigger display resolution?",
      "Windows 11 專業版的 Hyper-V 虛擬機器只有 1024x768，螢幕解析度要怎麼調大？",
      "Hyper-V 裡的 Ubuntu 客體一直進不了增強工作階段，要怎麼開？",
      "Win11 专业版的 Hyper-V 里装了 Debian，屏幕分辨率怎么调到 1920x1080？",
      "Hyper-V 虚拟机的增强会话模式一直是灰的，要怎么打开？",
      "How do I copy and paste between a Linux guest in Hyper-V and my Windows 11 desktop?",
      "Hyper-V 虛擬機器跟主機之間的剪貼簿要怎麼共用？",
      "Hyper-V 里的 CentOS 虚拟机和主机之间剪贴板不能用，怎么办？",
      "My Fedora VM in Hyper-V on Windows 10 Pro has no sound; which setting is it?",
      "Hyper-V 裡的 Debian 虛擬機器沒有聲音，要開哪個設定？",
      "Hyper-V 上的 Debian 虚拟机没有声音，要开哪个设置？",
    ])
      outside(q);
  });

  it("leaves Linux desktop programs shown through WSLg or an X server out", () => {
    for (const q of [
      "After the last WSL update on Windows 11, WSLg windows no longer open. How do I get them back?",
      "Which X server should I install on Windows 10 to show gedit from WSL?",
      "WSL 裡用 matplotlib 畫圖都不會跳出視窗，WSLg 要怎麼修？",
      "Windows 11 上 WSLg 打不开 Linux 的图形化应用，怎么办？",
      "GUI apps started from Ubuntu in WSL never show a window on Windows 11; what do I check?",
    ])
      outside(q);
    // The desktop of Docker Desktop itself is in the domain.
    expect(status("Does Docker Desktop have a GUI on Windows Server 2019?")).toBe("ANSWERED");
    expect(status("Docker Desktop 在 Windows 11 上能用图形界面吗？")).toBe("ANSWERED");
  });

  it("leaves how a Compose file is written out, but not Compose on Windows", () => {
    for (const q of [
      "How do I make one service wait until the other reports service healthy in my compose file?",
      "Why does my healthcheck never turn green in docker compose?",
      "docker compose 的健康檢查要怎麼寫才會等資料庫好了再啟動？",
      "docker compose 的健康检查一直失败，要怎么写？",
      "How deep must the YAML indentation be under services: in a compose file?",
      "compose 檔裡 environment 底下的縮排要幾格？",
      "compose 文件里 environment 下面的缩进要几格？",
    ])
      outside(q);
    for (const q of [
      "Can Docker Compose start Windows containers on Windows Server 2022?",
      "Does Docker Compose come with Docker Desktop on Windows?",
      "Docker Desktop 有附 Docker Compose 嗎？",
      "Docker Desktop 自带 Docker Compose 吗？",
    ])
      inside(q);
  });

  it("leaves other container platforms asked about for themselves out", () => {
    for (const q of [
      "When will the Service Fabric SDK support a local cluster on Windows 11?",
      "Can an Azure Pipelines self-hosted agent on Windows 10 run container jobs?",
      "Service Fabric 的本機叢集能不能在 Windows 10 上跑 Windows 容器？",
      "Azure Pipelines 的 container jobs 能不能在 Windows 10 的代理上跑？",
      "Service Fabric 的本地集群支持 Windows 11 吗？",
    ])
      outside(q);
  });

  it("leaves games in or beside a virtual machine out, and a Linux host with no Windows in it", () => {
    for (const q of [
      "Will anti-cheat in my games complain if Hyper-V is turned on in Windows 11?",
      "Does turning on WSL 2 hurt gaming performance on Windows 10?",
      "Can a Hyper-V VM on Windows 11 Pro get my GPU for gaming?",
      "開了 Hyper-V 之後玩遊戲會不會掉幀率？",
      "装了 WSL 2 以后玩游戏会卡吗？",
      "在 Linux 主機上要怎麼裝 Docker？",
      "Linux 服务器上的 Docker 怎么设置开机启动？",
    ])
      outside(q);
  });

  it("keeps the hypervisor and WSL questions the knowledge base answers in scope, in both scripts", () => {
    for (const q of [
      "Can Hyper-V run on Windows 11 Home?",
      "Does WSL 2 need the Virtual Machine Platform feature?",
      "Can I run VirtualBox and Hyper-V at the same time on Windows 10?",
      "Does Docker Desktop need Hyper-V on Windows 10 Pro?",
      "Can I run a Linux VM in Hyper-V on Windows 10 Pro?",
      "Windows 10 家用版可以開 Hyper-V 嗎？",
      "WSL 2 需要开启虚拟机平台吗？",
      "VMware Workstation 能和 Hyper-V 同時執行嗎？",
      "Windows 11 家庭版能装 Docker Desktop 吗？",
      "Docker Desktop 在 Windows 10 專業版上一定要 Hyper-V 嗎？",
      "Windows Server 2019 能跑 Linux 容器嗎？",
      "Windows 10 上的 Docker 可以跑 Windows 容器吗？",
    ])
      inside(q);
  });
});

describe("a pasted error of a tool outside the knowledge base is judged by the error entries", () => {
  it("gives no answer to a local cluster's own error on Windows that no error entry is", () => {
    for (const q of [
      'minikube start --driver=hyperv on Windows 11 Pro stops with: E1203 09:12:44 start.go:421] error provisioning host: "Default Switch" vswitch not found',
      'Windows 10 專業版上跑 minikube start --driver=hyperv，出現：X Exiting due to PR_HYPERV_VSWITCH: vswitch "外部網路" not found',
      'Windows 10 专业版上执行 minikube start --driver=hyperv，报错：X Exiting due to PR_HYPERV_VSWITCH: vswitch "外部网络" not found',
    ]) {
      expect(reader.read(q).frame.scopeInError?.slot, q).toBe("cluster");
      expect(status(q), q).toBe("NOT_FOUND");
    }
  });

  it("keeps a question about a local cluster on Windows's hypervisor, and the host's own Linux in an error, in scope", () => {
    expect(
      reader.read("minikube with the Hyper-V driver on Windows 10 will not start, why?").frame.scopeInError,
    ).toBeNull();
    for (const q of [
      "wsl --set-default-version 2 on Windows 10 with Ubuntu 20.04 installed says: WSL 2 requires an update to its kernel component",
      "Windows 10 上装了 Ubuntu，执行 wsl --set-default-version 2 报错：WSL 2 requires an update to its kernel component",
    ]) {
      expect(reader.read(q).frame.scopeInError, q).toBeNull();
      expect(status(q), q).toBe("ANSWERED");
    }
  });
});

describe("a neighbouring subject is out of scope where the question asks about it", () => {
  it("leaves out a question that names it and nothing of the domain but systems and kinds of things", () => {
    for (const q of [
      "How do I enable Windows Sandbox on Windows 11 Pro?",
      "Windows 11 专业版怎么开启 Windows 沙盒？",
      "Windows 11 專業版要怎麼開啟 Windows 沙箱？",
      "Can I run a Windows 11 VM on my Android tablet?",
      "我的平板能装 Windows 11 虚拟机吗？",
      "我的手機可以跑 Windows 11 的虛擬機器嗎？",
      "My WSL Ubuntu can't resolve any hostnames after I connect to the office VPN. How do I fix DNS?",
      "WSL 里的 Ubuntu 连上公司 VPN 以后就没法解析域名了，怎么办？",
      "WSL 裡的 Ubuntu 連上公司 VPN 之後就沒辦法做名稱解析，要怎麼處理？",
      "My Hyper-V guest gets no IP address on the external virtual switch bound to my Wi-Fi adapter, what should I check?",
    ])
      expect(status(q), q).toBe("NOT_FOUND");
  });

  it("reads WSL or a hypervisor beside a guest's own network as where the guest runs, not what is asked", () => {
    for (const q of [
      "How do I make WSL use my company VPN's DNS server?",
      "怎么让 WSL 走公司的 VPN？",
      "要怎麼讓 WSL 2 走公司的 VPN？",
      "Hyper-V's Default Switch gets a new subnet after every reboot, how do I pin it?",
    ])
      expect(status(q), q).toBe("NOT_FOUND");
    // Docker beside them is what the knowledge base covers, and so is WSL asked about for itself.
    for (const q of [
      "Docker Desktop is stuck starting since I installed a VPN client. How do I fix it?",
      "Does WSL 2 need Hyper-V?",
      "WSL 2 需要 Hyper-V 吗？",
    ])
      expect(status(q), q).toBe("ANSWERED");
  });

  it("keeps a question on how it meets what the knowledge base covers, or one that refers back to it", () => {
    for (const q of [
      "Can Windows Sandbox and VirtualBox run at the same time as Hyper-V?",
      "Windows 沙箱跟 VMware Workstation 可以同時開嗎？",
      "Does Docker Desktop run on a Surface Pro X tablet with Windows 11 on ARM?",
      // The story names what failed; the asking sentence points back to it.
      "Docker Desktop is stuck starting since I installed a VPN client. How do I fix it?",
      "After installing a VPN client, wsl says: The attempted operation is not supported for the type of object referenced. What now?",
      "装了 VPN 软件以后 wsl 一启动就报：参考的对象类型不支持尝试的操作。怎么办？",
    ])
      expect(status(q), q).toBe("ANSWERED");
  });

  it("leaves out orchestrator internals, a guest's graphics and Compose's own syntax wherever they are named", () => {
    for (const q of [
      "In a three-manager swarm, what happens to the Raft log when a manager rejoins?",
      "Swarm 三台 manager 挂了两台，剩下那台为什么选不出 leader？",
      "My Hyper-V VM with GPU partitioning only gets 15 fps in games, how do I improve it?",
      "Hyper-V 虚拟机做了 GPU 分区以后游戏只有 15 帧，怎么优化？",
      "Hyper-V 虛擬機器做了 GPU 分割以後遊戲只有 15 幀，要怎麼調？",
      "Why does docker compose not substitute variables from my .env file on Windows?",
      "docker compose 在 Windows 上为什么不替换 .env 里的变量？",
      "docker compose 在 Windows 上為什麼不會替換 .env 裡的變數？",
    ])
      expect(status(q), q).toBe("NOT_FOUND");
    for (const q of [
      "Can a Windows Server 2019 node join a Docker Swarm as a worker?",
      "Can Docker Desktop containers use my NVIDIA GPU through WSL 2?",
      "Docker Desktop 的容器能透過 WSL 2 用 NVIDIA 顯示卡嗎？",
    ])
      expect(status(q), q).toBe("ANSWERED");
  });

  it("leaves out a web server's or an app framework's own setup and a CI service's container actions, even on Windows", () => {
    for (const q of [
      "My site behind a reverse proxy container on Windows 11 returns 502 Bad Gateway, which upstream setting is wrong?",
      "Windows 上用 nginx 容器当反向代理，后端一直 502，该怎么配置？",
      "在 Windows 上用 nginx 容器當反向代理，後端一直回 502，要怎麼設定？",
      "My Django app in a Docker Desktop container serves no static files, which setting am I missing?",
      "Windows 11 上 Docker 跑的 Flask 应用 print 的内容看不到，怎么办？",
      "On a windows-2022 runner my workflow fails: Container action is only supported on Linux. Any way around it?",
    ])
      expect(status(q), q).toBe("NOT_FOUND");
  });

  it("leaves out a guest's own system, a macOS guest and Windows's own domain asked about for themselves", () => {
    for (const q of [
      "My Debian guest in VirtualBox on Windows 10 can't see the shared folder after I installed Guest Additions, what now?",
      "Hyper-V 里的 Ubuntu 虚拟机看不到共享文件夹，怎么设置？",
      "VirtualBox 裡的 Ubuntu 客體看不到共用資料夾，要怎麼設定？",
      "how do i turn on systemd in my wsl ubuntu?",
      "How do I set up a DHCP server for my guests on a Hyper-V internal switch?",
      "How do I boot a macOS Sonoma guest in VMware Workstation on Windows 11?",
      "Windows 11 上的 VMware Workstation 要怎麼裝 macOS 虛擬機器？",
      "Windows 11 上 VMware Workstation 怎么装 macOS 虚拟机？",
      "How do I join a Windows Server 2022 machine to an Active Directory domain?",
      "Windows Server 2019 要怎麼加入網域？",
      "怎么把 Windows 10 专业版加入 AD 域？",
    ])
      expect(status(q), q).toBe("NOT_FOUND");
    for (const q of [
      "Can I run a macOS VM in VirtualBox on Windows while Hyper-V is on?",
      "Since I turned on WSL 2, my VirtualBox guest gets no DHCP address. Why?",
      "How do I share my C drive with Docker Desktop?",
      "Can a Windows container join an Active Directory domain?",
      "Does Docker Desktop need systemd in WSL 2?",
    ])
      expect(status(q), q).toBe("ANSWERED");
  });
});
