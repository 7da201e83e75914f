import { describe, expect, it } from "vitest";
import { engine } from "../test/engine.js";

describe("the shape of an answer", () => {
  it("answers the questions of one message in order", () => {
    const a = engine.ask("Can I run Docker on Windows 7? Does Windows 10 Home support Hyper-V?");
    expect(a.text).toMatch(/Docker Toolbox/);
    expect(a.text.indexOf("Toolbox")).toBeLessThan(a.text.lastIndexOf("Windows 10 Home"));
    expect(a.entities.map((e) => e.slug)).toEqual(expect.arrayContaining(["windows-7", "hyper-v"]));
    const zh = engine.ask("Win7 能用 Docker 嗎？Windows 10 家用版支援 Hyper-V 嗎？");
    expect(zh.entities.map((e) => e.slug)).toEqual(expect.arrayContaining(["windows-7", "hyper-v"]));
    // A later question that points back to the first is answered in its turn, the first first.
    const pack = engine.ask("What is VBOX Extension Pack? Does VirtualBox need the extension pack, what does it add?");
    expect(pack.text).toMatch(/^The VirtualBox Extension Pack is/);
    expect(pack.text).toMatch(/USB/);
  });

  it("never says a sentence twice", () => {
    for (const q of [
      "Does Windows 7 support Hyper-V?",
      "Win7 可以安裝 Hyper-V 嗎?",
      "Is Docker Toolbox deprecated?",
      // Two questions answered from the same facts say them once, each with its own lead.
      "Is Kitematic actively developed anymore? Is Kitematic being deprecated?",
      "Kitematic 還有在開發嗎？Kitematic 是不是已經被棄用了？",
    ]) {
      const sentences = engine
        .ask(q)
        .text.split(/(?<=[.。])\s*/)
        .filter((s) => s.length > 3);
      expect(new Set(sentences).size, q).toBe(sentences.length);
    }
  });

  it("gives a why-question reasons, not a verdict", () => {
    const a = engine.ask("Why can't Windows 10 Home run Hyper-V?");
    expect(a.verdict).toBeNull();
    expect(a.text).not.toMatch(/^(Yes|No|Partly)\b/);
    expect(engine.ask("為什麼 Windows 10 家用版不能跑 Hyper-V？").verdict).toBeNull();
  });
});
