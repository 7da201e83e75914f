import { describe, expect, it } from "vitest";
import { layoutAnswer, parseInline, splitCritique, splitSetups, withoutVerdictLead } from "./answerText";

describe("layoutAnswer", () => {
  it("leads with the first sentence and keeps the rest as a paragraph", () => {
    const { lead, blocks } = layoutAnswer(
      "WSL 2 runs a real Linux kernel (in a VM, e.g. a light one). It needs build 18362. Docker uses it.",
    );
    expect(lead).toEqual([{ kind: "text", text: "WSL 2 runs a real Linux kernel (in a VM, e.g. a light one)." }]);
    expect(blocks).toEqual([
      { kind: "paragraph", inlines: [{ kind: "text", text: "It needs build 18362. Docker uses it." }] },
    ]);
  });

  it("splits Chinese at the first full stop", () => {
    const { lead, blocks } = layoutAnswer("可以。Docker Toolbox 支持 64 位 Windows 7。");
    expect(lead).toEqual([{ kind: "text", text: "可以。" }]);
    expect(blocks).toHaveLength(1);
  });

  it("reads numbered steps, option bullets with their marks, and commands", () => {
    const text = [
      "Turn on WSL 2, then install Docker Desktop.",
      "1. Open PowerShell as administrator.",
      "2) Run `wsl --install` [2].",
      "wsl --update",
      "PS C:\\> wsl --set-default-version 2",
      "- ✓ Docker Desktop with WSL 2: works.",
      "• ◐ Docker Toolbox: deprecated.",
      "✗ Hyper-V backend: not on Home.",
      "- a plain bullet",
      "That is all.",
    ].join("\n");
    const { lead, blocks } = layoutAnswer(text, 2);
    expect(lead).toEqual([{ kind: "text", text: "Turn on WSL 2, then install Docker Desktop." }]);
    expect(blocks.map((b) => b.kind)).toEqual(["steps", "code", "options", "paragraph"]);
    const [steps, code, options] = blocks;
    expect(steps).toEqual({
      kind: "steps",
      start: 1,
      items: [
        [{ kind: "text", text: "Open PowerShell as administrator." }],
        [
          { kind: "text", text: "Run " },
          { kind: "code", text: "wsl --install" },
          { kind: "text", text: " " },
          { kind: "cite", n: 2 },
          { kind: "text", text: "." },
        ],
      ],
    });
    expect(code).toEqual({ kind: "code", text: "wsl --update\nPS C:\\> wsl --set-default-version 2" });
    expect(options?.kind === "options" && options.items.map((i) => i.mark)).toEqual(["yes", "partly", "no", null]);
  });

  it("numbers steps on after a command between them", () => {
    const { blocks } = layoutAnswer("Fix it.\n1. Update.\nwsl --update\n2. Restart.");
    expect(blocks.map((b) => (b.kind === "steps" ? b.start : b.kind))).toEqual([1, "code", 2]);
  });

  it("takes a line wholly in backticks as a command", () => {
    expect(layoutAnswer("Update WSL.\n`wsl --update`").blocks).toEqual([{ kind: "code", text: "wsl --update" }]);
  });

  it("is empty for empty text", () => {
    expect(layoutAnswer("  \n ")).toEqual({ lead: null, blocks: [] });
  });
});

describe("parseInline", () => {
  it("links only citation numbers that have a fact", () => {
    expect(parseInline("Yes [1], see [3].", 2)).toEqual([
      { kind: "text", text: "Yes " },
      { kind: "cite", n: 1 },
      { kind: "text", text: ", see [3]." },
    ]);
  });
});

describe("withoutVerdictLead", () => {
  it("drops the verdict word the badge already shows", () => {
    expect(withoutVerdictLead("Partly: On Windows 10 Home: …", ["Yes", "No", "Partly"])).toBe("On Windows 10 Home: …");
    expect(withoutVerdictLead("不行。Windows 10 家用版無法執行 Hyper-V。", ["可以", "不行"])).toBe(
      "Windows 10 家用版無法執行 Hyper-V。",
    );
  });

  it("keeps a word that only begins the sentence", () => {
    expect(withoutVerdictLead("Now Docker Desktop needs WSL 2.", ["No"])).toBe("Now Docker Desktop needs WSL 2.");
  });
});

describe("splitCritique", () => {
  const cues = ["The source article says", "原文說"];
  it("moves the article's critique out of the answer", () => {
    const { text, critique } = splitCritique(
      "No. Home cannot run Hyper-V. The source article says: Home cannot. That is imprecise: editions differ.",
      cues,
    );
    expect(text).toBe("No. Home cannot run Hyper-V.");
    expect(critique).toBe("The source article says: Home cannot. That is imprecise: editions differ.");
  });

  it("keeps the lines after a critique that has its own line", () => {
    const { text, critique } = splitCritique("不行。\n原文說：家庭版不行。\n請改用 WSL 2。", cues);
    expect(text).toBe("不行。\n請改用 WSL 2。");
    expect(critique).toBe("原文說：家庭版不行。");
  });

  it("leaves a mention in the middle of a sentence alone", () => {
    const input = "What the source article says is covered below.";
    expect(splitCritique(input, ["the source article says"])).toEqual({ text: input, critique: null });
  });
});

describe("splitSetups", () => {
  const marks = { yes: [": yes."], partly: [": with conditions."], no: [": no."] };
  it("makes one marked bullet per setup a line runs together", () => {
    expect(
      splitSetups(
        "On Windows 7: Docker Toolbox with VirtualBox: with conditions. Needs 64-bit Windows. Docker Desktop (Docker for Windows): no. Windows 7 has no Hyper-V.",
        marks,
      ),
    ).toEqual([
      "On Windows 7:",
      "- ◐ Docker Toolbox with VirtualBox: Needs 64-bit Windows.",
      "- ✗ Docker Desktop (Docker for Windows): Windows 7 has no Hyper-V.",
    ]);
  });

  it("reads Chinese marks", () => {
    const zh = { yes: ["：可以。"], partly: ["：有条件。"], no: ["：不行。"] };
    expect(
      splitSetups("在 Windows 7 上：Docker Toolbox：可以。它已弃用。Docker Desktop：不行。没有 Hyper-V。", zh),
    ).toEqual(["在 Windows 7 上：", "- ✓ Docker Toolbox：它已弃用。", "- ✗ Docker Desktop：没有 Hyper-V。"]);
  });

  it("leaves a line with one setup alone, and the layout shows the bullets", () => {
    expect(splitSetups("Docker Toolbox: yes. It works.", marks)).toEqual(["Docker Toolbox: yes. It works."]);
    const { lead, blocks } = layoutAnswer("On Windows 7: A: yes. Works. B: no. Does not.", 0, marks);
    expect(lead).toEqual([{ kind: "text", text: "On Windows 7:" }]);
    expect(blocks[0]?.kind === "options" && blocks[0].items.map((i) => i.mark)).toEqual(["yes", "no"]);
  });
});
