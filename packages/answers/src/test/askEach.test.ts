import { describe, expect, it } from "vitest";
import { askEach } from "./askEach.js";
import { engine } from "./engine.js";

describe("askEach", () => {
  it("asks every question after the history given, with what each case expects", () => {
    const seen: [string, string | undefined, string][] = [];
    askEach(
      [
        ["What is WSL 2?", "first"],
        ["And Hyper-V?", "second"],
      ],
      (answer, question, expected) => seen.push([question, expected, answer.text]),
      { history: ["Does Windows 7 support Hyper-V?"] },
    );
    expect(seen.map(([q, e]) => [q, e])).toEqual([
      ["What is WSL 2?", "first"],
      ["And Hyper-V?", "second"],
    ]);
    expect(seen[1]![2]).toBe(engine.ask("And Hyper-V?", ["Does Windows 7 support Hyper-V?"]).text);
  });

  it("names the question an assertion failed on", () => {
    expect(() =>
      askEach(["Does Windows 7 support Hyper-V?", "What is the capital of France?"], (a) =>
        expect(a.status).toBe("ANSWERED"),
      ),
    ).toThrow(/^What is the capital of France\?: expected 'NOT_FOUND' to be 'ANSWERED'/);
  });
});
