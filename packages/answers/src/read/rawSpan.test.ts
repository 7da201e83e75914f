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
});
