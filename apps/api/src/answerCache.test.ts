import type { Answer, AnswerEngine } from "@dockerwin/answers";
import { describe, expect, it } from "vitest";
import { cachedEngine } from "./answerCache.js";

function counting(): AnswerEngine & { calls: number } {
  const engine = {
    calls: 0,
    ask(question: string) {
      engine.calls += 1;
      return { text: question } as unknown as Answer;
    },
  };
  return engine;
}

describe("cachedEngine", () => {
  it("answers a repeated question from memory, and tells histories and languages apart", () => {
    const inner = counting();
    const cached = cachedEngine(inner);
    cached.ask("What is Hyper-V?");
    cached.ask("What is Hyper-V?");
    expect(inner.calls).toBe(1);
    cached.ask("What is Hyper-V?", ["Does Windows 7 support Hyper-V?"]);
    cached.ask("What is Hyper-V?", [], "zh-Hans");
    expect(inner.calls).toBe(3);
  });

  it("keeps at most its size, dropping the least recently used", () => {
    const inner = counting();
    const cached = cachedEngine(inner, 2);
    cached.ask("a");
    cached.ask("b");
    cached.ask("a");
    cached.ask("c");
    cached.ask("a");
    expect(inner.calls).toBe(3);
    cached.ask("b");
    expect(inner.calls).toBe(4);
  });
});
