import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import { createAnswerEngine } from "../AnswerEngine.js";

const engine = createAnswerEngine(loadGraph());

describe("the compatibility executor", () => {
  it("answers a question about today with the setups' current releases", () => {
    for (const q of [
      "Does Docker Desktop still support Windows 10 version 1809?",
      "現在的 Docker Desktop 還支援 Windows 10 1809 嗎？",
      "现在的 Docker Desktop 还支持 Windows 10 1809 吗？",
    ]) {
      const a = engine.ask(q);
      expect(a.verdict, q).toBe("NO");
      expect(a.text, q).toMatch(/19045/);
    }
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
});
