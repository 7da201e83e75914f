import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

describe("the which executor", () => {
  it("answers with the fact a question asks for, not an attribute one of its words names", () => {
    const a = engine.ask(
      "VirtualBox shows a green turtle. What does running it on top of Hyper-V cost in performance?",
    );
    expect(a.text).toMatch(/^The VirtualBox 7\.2 manual/);
    expect(a.text).toContain("performance");
    expect(a.text).not.toContain("Price:");
  });

  it("still answers an attribute the question asks for by its value, in both scripts", () => {
    askEach(
      ["What is the status of Docker Toolbox?", "Docker Toolbox 現在是什麼狀態？", "Docker Toolbox 现在是什么状态？"],
      (a) => {
        expect(a.text).toMatch(/^Docker Toolbox.* · (Status|狀態|状态)/);
      },
    );
  });

  it("answers which build a product needs with the build its OS relation names", () => {
    const history = ["When did WSL 2 become generally available?"];
    expect(engine.ask("which Windows 10 build do I need for it?", history).text).toContain("build 18362");
    expect(engine.ask("它需要哪個組建的 Windows 10？", ["WSL 2 是什麼時候正式推出的？"]).text).toContain("18362");
  });

  it("lists the members of the thing a list question asks of, not what the larger thing uses", () => {
    askEach(
      [
        "Which base images can Windows containers use?",
        "Windows 容器可以用哪些基礎映像？",
        "Windows 容器可以用哪些基础镜像？",
      ],
      (a) => {
        expect(a.text).toContain("Nano Server");
        expect(a.text).toContain("Server Core");
        expect(a.text).not.toMatch(/Host Compute Service|主機運算服務|主机计算服务/);
      },
    );
  });

  it("answers a question for a version with the fact that states it, in both languages and scripts", () => {
    for (const [q, version] of [
      ["Starting with which VMware Workstation release does it coexist with Hyper-V?", "15.5.5"],
      ["VMware Workstation 要升到哪一版才能跟 Hyper-V 並存？", "15.5.5"],
      ["VMware Workstation 要升到哪个版本才能和 Hyper-V 共存？", "15.5.5"],
      ["In which Docker Engine version was LCOW taken out?", "23.0"],
      ["Docker Engine 是在哪一版把 LCOW 拿掉的？", "23.0"],
      ["Docker Engine 在哪个版本删除了 LCOW？", "23.0"],
    ]) {
      const a = engine.ask(q!);
      expect(a.text, q).toContain(version);
    }
  });

  it("leads a version asked of one product with that product's fact, not a sibling's", () => {
    for (const q of [
      "What VMware Workstation version can run beside Hyper-V?",
      "VMware Workstation 哪一版可以和 Hyper-V 一起執行？",
    ]) {
      const lead = engine.ask(q).text.split(/(?<=\. |。)/)[0]!;
      expect(lead, q).toContain("15.5.5");
      expect(lead, q).not.toContain("VirtualBox");
    }
  });

  it("takes a version asked for as a release of a product, not as an attribute without one", () => {
    for (const q of [
      "Since which release is VMware Workstation Pro free for home users?",
      "VMware Workstation Pro 从哪一版开始个人免费？",
    ]) {
      expect(engine.ask(q).text, q).toContain("17.5.2");
    }
  });

  it("does not answer a version of a thing it has no version facts on", () => {
    expect(engine.ask("What is Kubernetes' latest version?").status).toBe("NOT_FOUND");
  });

  it("names the company that owns a maker today along with the maker, in both languages and scripts", () => {
    for (const [q, owner] of [
      ["Which company is behind VMware Workstation these days?", "Broadcom"],
      ["VMware Workstation 是哪家公司做的？", "Broadcom"],
      ["VMware Workstation 是哪家公司出的？", "Broadcom"],
    ]) {
      const a = engine.ask(q!);
      expect(a.text, q).toContain("VMware");
      expect(a.text, q).toContain(owner);
    }
  });

  it("answers what limits a Windows container's resources with job objects, not Linux cgroups", () => {
    for (const [q, want] of [
      ["Windows lacks cgroups; what puts a cap on a Windows container's memory and CPU?", "job object"],
      ["Windows 容器沒有 cgroups，CPU 和記憶體的上限是靠什麼？", "作業物件"],
      ["Windows 容器没有 cgroups，内存和 CPU 的上限靠什么？", "作业对象"],
    ]) {
      expect(engine.ask(q!).text, q).toContain(want);
    }
  });

  it("answers what stands in for a thing on Windows by the thing's counterpart, not a concept word", () => {
    for (const [q, want] of [
      ["What is the Windows counterpart of Linux cgroups?", "job objects"],
      ["Which Windows mechanism is the equivalent of cgroups for Windows containers?", "job objects"],
      ["Windows 上相當於 cgroups 的機制是什麼？", "作業物件"],
      ["Windows 上相当于 cgroups 的机制是什么？", "作业对象"],
    ]) {
      const a = engine.ask(q!);
      expect(a.text, q).toContain(want);
      expect(a.text, q).not.toMatch(/^Windows containers: Virtual machine/);
    }
  });
});
