import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

describe("whether something works on one edition only", () => {
  it("says no where other editions share it, naming them", () => {
    askEach(
      [
        "Is Hyper-V only available on Windows 10 Pro?",
        "Is Hyper-V Pro-only on Windows 10?",
        "Hyper-V 只有 Windows 10 專業版才有嗎？",
        "Hyper-V 是不是只有 Windows 10 专业版才能用？",
      ],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/Enterprise|企業版|企业版/);
        expect(a.text).toMatch(/Education|教育版/);
      },
    );
  });

  it("says no where the edition asked is not among them", () => {
    const a = engine.ask("Is Hyper-V only on Windows 10 Home?");
    expect(a.verdict).toBe("NO");
    expect(a.text).toMatch(/Windows 10 Home is not one of them/);
  });

  it("leaves questions where 'only' bears on something else, or the negative is asked", () => {
    for (const q of [
      // What Pro can use, not where Hyper-V runs.
      "Windows 10 專業版只能用 Hyper-V 嗎？",
      "Windows 10 Pro 只能用 Hyper-V 吗？",
      // A requirement.
      "Does Hyper-V only need Windows 10 Pro?",
      // The negative.
      "Is Hyper-V not only on Windows 10 Pro?",
      // No edition-only word at all.
      "Is Hyper-V on Windows 10 Pro?",
    ])
      expect(engine.ask(q).interpretation.executor === "editionOnly" && engine.ask(q).verdict !== null, q).toBe(false);
  });
});
