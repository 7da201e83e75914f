import { describe, expect, it } from "vitest";
import { readFeedbackForm } from "./feedback";

const form = (fields: [string, string][]) => new URLSearchParams(fields);

describe("readFeedbackForm", () => {
  it("reads a judgement from the plain form, history in order, and the answer's address to go back to", () => {
    const read = readFeedbackForm(
      form([
        ["question", " does Home run it? "],
        ["history", "win10 docker"],
        ["history", "and hyper-v?"],
        ["status", "ANSWERED"],
        ["verdict", "NO"],
        ["language", "EN"],
        ["back", "/en?q=does%20Home%20run%20it%3F&h=win10%20docker"],
        ["comment", ""],
        ["helpful", "false"],
      ]),
    );
    expect(read).toEqual({
      input: {
        question: "does Home run it?",
        history: ["win10 docker", "and hyper-v?"],
        helpful: false,
        comment: null,
        status: "ANSWERED",
        verdict: "NO",
        language: "EN",
      },
      back: "/en?q=does%20Home%20run%20it%3F&h=win10%20docker",
    });
  });

  it("never goes back to another site", () => {
    for (const back of [
      "//evil.example/x",
      "/\\evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      "/en #x",
    ]) {
      const read = readFeedbackForm(
        form([
          ["question", "q"],
          ["helpful", "true"],
          ["back", back],
        ]),
      );
      expect(typeof read === "object" && read.back, back).toBe("/");
    }
  });

  it("names what is wrong", () => {
    expect(readFeedbackForm(form([["question", "q"]]))).toBe("helpful must be true or false");
    expect(readFeedbackForm(form([["helpful", "true"]]))).toBe("question is missing");
    expect(
      readFeedbackForm(
        form([
          ["question", "q"],
          ["helpful", "true"],
          ["comment", "x".repeat(1001)],
        ]),
      ),
    ).toMatch(/comment is longer than 1000/);
  });
});
