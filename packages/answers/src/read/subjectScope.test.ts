import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import { createAnswerEngine } from "../AnswerEngine.js";
import { FOREIGN } from "./Frame.js";
import { Reader } from "./Reader.js";

const graph = loadGraph();
const engine = createAnswerEngine(graph);
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
