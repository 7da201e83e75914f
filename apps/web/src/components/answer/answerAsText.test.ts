import { describe, expect, it } from "vitest";
import type { Answer } from "@/graphql/operations/ask";
import { answerAsText } from "./AnswerActions";

const VERDICTS = { YES: "Yes", NO: "No", PARTLY: "Partly" };

describe("answerAsText", () => {
  it("says the verdict once, then the text and the sources", () => {
    const answer = {
      verdict: "PARTLY",
      language: "EN",
      text: "Partly: On Windows 7: Docker Toolbox with VirtualBox: with conditions.",
      facts: [{ id: "f", text: "x", sources: [{ title: "Docs", url: "https://docs.docker.com/", domain: null }] }],
    } as unknown as Answer;
    expect(answerAsText("Can I run Docker on Windows 7?", answer, VERDICTS, "Sources")).toBe(
      [
        "> Can I run Docker on Windows 7?",
        "",
        "Partly.",
        "On Windows 7: Docker Toolbox with VirtualBox: with conditions.",
        "",
        "Sources:",
        "- Docs <https://docs.docker.com/>",
      ].join("\n"),
    );
  });
});
