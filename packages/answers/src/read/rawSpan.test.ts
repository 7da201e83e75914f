import { describe, expect, it } from "vitest";
import { rawSpan } from "./rawSpan.js";

describe("rawSpan", () => {
  it("finds a folded English cue as a whole word, whatever the case and spacing", () => {
    const line = "Then it FAILS   with: Error response from daemon";
    expect(rawSpan(line, "fails with")).toEqual({ start: 8, end: 20 });
    expect(line.slice(20)).toBe(": Error response from daemon");
    // Not inside another word.
    expect(rawSpan("the errors say", "error")).toBeNull();
  });

  it("finds a Chinese cue as written", () => {
    expect(rawSpan("安装时提示：需要专业版", "提示")).toEqual({ start: 3, end: 5 });
    expect(rawSpan("安装时没有问题", "提示")).toBeNull();
  });

  it("finds a folded Chinese cue in Traditional text", () => {
    // The lexicon folds 聽說 to 听说; the raw text keeps its own script.
    expect(rawSpan("聽說 build 10565 開始支援", "听说")).toEqual({ start: 0, end: 2 });
    expect(rawSpan("安裝時必須是專業版", "必须")).toEqual({ start: 3, end: 5 });
    expect(rawSpan("安裝時沒有問題", "听说")).toBeNull();
  });
});
