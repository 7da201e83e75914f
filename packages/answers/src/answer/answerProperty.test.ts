import { describe, expect, it } from "vitest";
import { engine } from "../test/engine.js";

const verdictOf = (q: string) => engine.ask(q).verdict;

describe("whether something is still maintained, asked in Chinese as people write it", () => {
  it("says no for a product whose typed lifecycle says it has ended", () => {
    for (const q of [
      "docker-machine 還有在維護嗎？",
      "docker-machine 现在还有人在维护吗？",
      "Docker Toolbox 还有人在维护吗？",
      "Docker Toolbox 目前還在更新嗎？",
      "boot2docker 還有人維護嗎？",
      "Is Docker Toolbox still maintained?",
    ])
      expect(verdictOf(q), q).toBe("NO");
  });

  it("says yes for one that is alive, and reads 'no longer maintained' the other way round", () => {
    for (const q of ["Docker Desktop 還有人在維護嗎？", "Docker Desktop 还有人在维护吗？"])
      expect(verdictOf(q), q).toBe("YES");
    expect(verdictOf("Docker Toolbox 已经不再维护了吗？")).toBe("YES");
  });
});

describe("what a property is asked of", () => {
  it("is what the predicate's own clause names, not what the story around it names", () => {
    for (const q of [
      "我上周装了 Docker Desktop，VMware Workstation 现在还有人在维护吗？",
      "I installed Docker Desktop last week, is VMware Workstation still maintained?",
    ]) {
      const a = engine.ask(q);
      expect(a.text, q).toMatch(/VMware Workstation · /);
      expect(a.text, q).not.toMatch(
        /Docker Desktop（前身为 Docker for Windows） · |Docker Desktop \(formerly Docker for Windows\) · /,
      );
    }
  });
});

describe("a status word asked after turning something on", () => {
  it("asks whether the thing still works beside it, not whether it is still alive", () => {
    for (const q of [
      "装 Docker Desktop 会强制启用虚拟机平台，装了之后我的 VMware Workstation 虚拟机还能用吗？",
      "為了 Docker Desktop 開了 Hyper-V 之後，我的 VirtualBox 虛擬機器還能用嗎？",
    ]) {
      const a = engine.ask(q);
      expect(a.interpretation.executor, q).not.toBe("property");
      expect(a.text, q).not.toMatch(/ · (状态|狀態)/);
      expect(a.text, q).toMatch(/15\.5\.5|Windows Hypervisor|6\.0/);
    }
    // Steps done in order ask nothing of two things together.
    expect(
      engine.ask("After installing Docker Desktop, can I run Windows containers on Windows 10 Home?").verdict,
    ).toBe("NO");
    // Asked on its own, the same words ask about its lifecycle.
    expect(engine.ask("Docker Toolbox 還能用嗎？").interpretation.executor).toBe("property");
  });
});
