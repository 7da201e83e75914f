import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import { createAnswerEngine } from "../AnswerEngine.js";

const engine = createAnswerEngine(loadGraph());

describe("the error executor", () => {
  it("answers a pasted error with its cause and the fix in steps", () => {
    const a = engine.ask("no matching manifest for windows/amd64 in the manifest list entries");
    expect(a.status).toBe("ANSWERED");
    expect(a.error).not.toBeNull();
    expect(a.verdict).toBeNull();
    expect(a.text).toMatch(/1\. /);
  });

  it("finds the error in a Chinese message, answering in its script", () => {
    const a = engine.ask("Docker Desktop 启动失败，一直提示 WSL 2 installation is incomplete，到底怎么解决？");
    expect(a.error?.slug).toBe("wsl-2-installation-incomplete");
    expect(a.language).toBe("zh-Hans");
  });

  it("does not latch onto one rare word", () => {
    const a = engine.ask("Can Windows containers run applications that need IIS?");
    expect(a.error).toBeNull();
    expect(a.verdict).toBe("YES");
  });
});
