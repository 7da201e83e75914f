import { describe, expect, it } from "vitest";
import { fill } from "./format.js";

const phrase = (en: string, zh: string) => ({ en, "zh-Hans": zh, "zh-Hant": zh });

describe("fill", () => {
  it("puts each value where its placeholder stands, in the language asked for", () => {
    const t = phrase("{x} runs on {y}.", "{x} 可以在 {y} 上运行。");
    expect(fill(t, "en", { x: "Docker Desktop", y: "Windows 11" })).toBe("Docker Desktop runs on Windows 11.");
    expect(fill(t, "zh-Hans", { x: "Docker Desktop", y: "Windows 11" })).toBe(
      "Docker Desktop 可以在 Windows 11 上运行。",
    );
  });

  it("fills a placeholder used twice, leaves one without a value as written, and reads no value as a phrase", () => {
    expect(fill(phrase("{a} or {a}?", ""), "en", { a: "Home" })).toBe("Home or Home?");
    expect(fill(phrase("Before {date}, {x}.", ""), "en", { x: "yes" })).toBe("Before {date}, yes.");
    expect(fill(phrase("{x} and {y}", ""), "en", { x: "{y}", y: "Pro" })).toBe("{y} and Pro");
  });

  it("sets a Latin word or a number off from Chinese characters with a space, and only there", () => {
    const t = phrase("The facts do not mention {what}.", "相关的事实没有提到{what}，无法判断。");
    expect(fill(t, "zh-Hans", { what: "vmmem" })).toBe("相关的事实没有提到 vmmem，无法判断。");
    expect(fill(phrase("", "就{what}而言"), "zh-Hans", { what: "22621" })).toBe("就 22621 而言");
    expect(fill(t, "zh-Hans", { what: "杀毒软件" })).toBe("相关的事实没有提到杀毒软件，无法判断。");
    expect(fill(t, "en", { what: "vmmem" })).toBe("The facts do not mention vmmem.");
  });

  it("gives a phrase with no placeholder back whole, the same on every call", () => {
    const t = phrase("Yes.", "是的。");
    expect(fill(t, "en")).toBe("Yes.");
    expect(fill(t, "en", { x: "ignored" })).toBe("Yes.");
    expect(fill(t, "zh-Hant")).toBe("是的。");
  });
});
