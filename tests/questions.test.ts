import { createAnswerEngine } from "@dockerwin/answers";
import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import { judge } from "./questions/judge.mjs";
import { loadCases } from "./questions/loadCases.mjs";

/** The share of the question set that must pass; `npm run report` shows what fails. */
const THRESHOLD = 0.9;

interface Case {
  id: string;
  q: string;
  history?: string[];
  category: string;
  status: string;
}

const engine = createAnswerEngine(loadGraph());
const cases = loadCases() as Case[];

describe("the answer engine on the question set", () => {
  it("has at least 150 questions in English, Traditional and Simplified Chinese", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  it(`answers at least ${THRESHOLD * 100}% of them right`, () => {
    const failures = cases
      .map((c) => ({ c, why: judge(c, engine.ask(c.q, c.history ?? [])) as string[] }))
      .filter((r) => r.why.length > 0);
    const rate = 1 - failures.length / cases.length;
    expect(rate, failures.map((f) => `${f.c.id} ${f.c.q}: ${f.why.join("; ")}`).join("\n")).toBeGreaterThanOrEqual(
      THRESHOLD,
    );
  });

  it("never answers an off-topic question", () => {
    const offTopic = cases.filter((c) => c.category === "off-topic");
    for (const c of offTopic) expect(engine.ask(c.q).status, c.q).toBe("NOT_FOUND");
  });

  it("gives the same answer to the same question every time", () => {
    for (const c of cases.slice(0, 20)) {
      expect(engine.ask(c.q, c.history ?? [])).toEqual(engine.ask(c.q, c.history ?? []));
    }
  });
});
