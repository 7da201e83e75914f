import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import type { Executor } from "./answer/Executor.js";
import { FactIndex } from "./answer/FactIndex.js";
import { Dispatcher, EXECUTORS } from "./dispatch.js";
import { Lexicon } from "./read/Lexicon.js";
import { Reader } from "./read/Reader.js";

const graph = loadGraph();
const reader = new Reader(graph);
const facts = new FactIndex(graph);
const lexicon = new Lexicon(graph.bundle.lexicon ?? []);
const dispatcher = new Dispatcher(lexicon);
const names = (type: Parameters<Dispatcher["candidates"]>[0]) => dispatcher.candidates(type).map((e) => e.name);
const answer = (q: string, history: string[] = []) => {
  const reading = reader.read(q, history);
  return dispatcher.answer({ graph, facts, reading, lang: reading.answerLanguage });
};

describe("dispatch by frame", () => {
  it("chooses the executors by the question type", () => {
    expect(names("COMPARE")).toEqual(["compare", "whatIs", "fact"]);
    expect(names("WHEN")).toEqual(["when", "whatIs", "fact"]);
    expect(names("YES_NO")).not.toContain("which");
    expect(names("LIST")).not.toContain("relation");
    // Narrowest ground first: a typed value before a setup rule before a relation.
    const yesNo = names("YES_NO");
    expect(yesNo.indexOf("price")).toBeLessThan(yesNo.indexOf("compatibility"));
    expect(yesNo.indexOf("compatibility")).toBeLessThan(yesNo.indexOf("relation"));
    expect(yesNo.indexOf("relation")).toBeLessThan(yesNo.indexOf("factYesNo"));
  });

  it("refuses two executors of one type on one ground that could answer the same question", () => {
    const twin: Executor = { ...EXECUTORS.find((e) => e.name === "relation")!, name: "relation-2" };
    expect(() => new Dispatcher(lexicon, [...EXECUTORS, twin])).toThrow(/relation and relation-2/);
  });

  it("lets the executor of the predicate's family settle it, in English and Chinese", () => {
    expect(answer("Does VMware Workstation cost money?")?.by).toBe("price");
    expect(answer("VMware Workstation 商用要收費嗎？")?.by).toBe("price");
    expect(answer("Is boot2docker still maintained?")?.by).toBe("property");
    expect(answer("Is Docker Machine deprecated?")?.verdict).toBe("YES");
  });

  it("answers whether Docker runs on an OS from its setup rules, and two entities from their relation", () => {
    const win7 = answer("Windows 7 可以用 Docker Desktop 嗎？");
    expect(win7?.by).toBe("compatibility");
    expect(win7?.verdict).toBe("NO");
    const hyperV = answer("Can Windows 10 Pro run Hyper-V?");
    expect(hyperV?.by).toBe("relation");
    expect(hyperV?.verdict).toBe("YES");
    expect(answer("Does Docker Toolbox need Hyper-V?")).toMatchObject({ by: "relation", verdict: "NO" });
  });

  it("gives no verdict where no executor consumes what the question gives", () => {
    // "Same thing" is a predicate no executor owns: the facts, with no verdict.
    expect(answer("Is LCOW the same thing as Docker's Moby VM?")?.verdict ?? null).toBeNull();
  });

  it("answers a list question from relations and a what-is question from the summary", () => {
    expect(answer("Docker Toolbox 使用哪個虛擬機軟件?")?.by).toBe("which");
    expect(answer("What is Hyper-V?")?.by).toBe("whatIs");
    expect(answer("When did Windows Server 1709 come out?")?.by).toBe("when");
  });
});
