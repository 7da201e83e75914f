import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import { normalize } from "../read/normalize.js";
import { AskedWords, says, vocabularyOf } from "./askedWords.js";

const words = new AskedWords(loadGraph());
const asked = (q: string) => words.of(normalize(q)).map((w) => w.word);

describe("the words a question asks about", () => {
  it("leaves out the names of the knowledge base and the words of how a question asks", () => {
    expect(asked("How can I run a cron job every night inside WSL?")).toEqual(["cron", "job", "night"]);
    expect(asked("Can I run Docker Desktop on Windows 10 Home?")).toEqual([]);
    expect(asked("Is VirtualBox able to run while Hyper-V is turned on?")).toEqual([]);
  });

  it("cuts Chinese into words in both scripts, with no names, cues or particles among them", () => {
    expect(asked("WSL 终端的字体怎么改？")).toEqual(["终端", "字体"]);
    expect(asked("WSL 終端機的字型要怎麼改？")).toEqual(["终端", "字型"]);
    expect(asked("Docker Desktop 能在 Windows 11 家庭版上运行吗？")).toEqual([]);
    expect(asked("Docker Desktop 能在 Windows 11 家用版上執行嗎？")).toEqual([]);
    // A name inside a run of Chinese leaves no fragment of itself behind.
    expect(asked("裝了Docker Desktop以後密碼忘記了")).toEqual(["密码", "忘记"]);
  });

  it("does not count the words of trouble, manner and politeness as asked", () => {
    expect(asked("Can someone help me, what am I doing wrong with Hyper-V?")).toEqual([]);
    expect(asked("有人知道 Hyper-V 到底怎么办吗？")).toEqual([]);
    expect(asked("有人知道 Hyper-V 到底怎麼辦嗎？")).toEqual([]);
  });

  it("asks a word once, however often it is typed", () => {
    expect(asked("cron cron cron in WSL?")).toEqual(["cron"]);
  });

  it("finds an asked word in a text by its stem, or by the words the lexicon gives for it", () => {
    const [jobs] = words.of(normalize("scheduled jobs"));
    expect(jobs && says(vocabularyOf("A job runs every night."), jobs)).toBe(false); // "scheduled" is not said
    const [job] = words.of(normalize("jobs"));
    expect(job && says(vocabularyOf("One job runs every night."), job)).toBe(true);
    const [font] = words.of(normalize("字型"));
    expect(font && says(vocabularyOf("可以在設定裡更改字型。"), font)).toBe(true);
  });
});
