import { createAnswerEngine } from "@dockerwin/answers";
import { loadGraph } from "@dockerwin/kb";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
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

/**
 * Real questions people asked, retyped as chat messages (tests/questions/real/dev.json): the
 * share that must pass, and the two worst outcomes counted apart. Only the development set is
 * gated here; the held-out set is scored by `npm run report` alone.
 */
const REAL_THRESHOLD = 0.68;
const DEV = fileURLToPath(new URL("./questions/real/dev.json", import.meta.url));
const real: (Case & { verdict?: string[]; lang?: string })[] = existsSync(DEV)
  ? (JSON.parse(readFileSync(DEV, "utf8")) as { cases: (Case & { verdict?: string[] })[] }).cases
  : [];

describe.runIf(real.length > 0)("the answer engine on real questions", () => {
  const answers = real.map((c) => ({ c, a: engine.ask(c.q, c.history ?? []) }));

  it(`answers at least ${Math.round(REAL_THRESHOLD * 100)}% of the development set right`, () => {
    // The file names only the language family ("zh"), not the script.
    const failures = answers.filter(({ c, a }) => (judge({ ...c, lang: undefined }, a) as string[]).length > 0);
    expect(1 - failures.length / real.length).toBeGreaterThanOrEqual(REAL_THRESHOLD);
  });

  it("gives at most one wrong verdict in forty yes/no questions", () => {
    const yesNo = answers.filter(({ c }) => c.verdict);
    const wrong = yesNo.filter(({ c, a }) => a.verdict !== null && !c.verdict!.includes(a.verdict));
    expect(wrong.length, wrong.map(({ c, a }) => `${c.id} ${a.verdict}`).join("\n")).toBeLessThanOrEqual(
      Math.floor(yesNo.length / 40),
    );
  });

  // The aim is none. This gate holds the level reached (5 of the 155 after questions r1205-r1282
  // were appended), so that no change answers many more of them; `npm run report` lists them.
  it("answers at most one out-of-scope question in twenty", () => {
    const outOfScope = answers.filter(({ c }) => c.status === "NOT_FOUND");
    const answered = outOfScope.filter(({ a }) => a.status === "ANSWERED");
    expect(answered.length, answered.map(({ c }) => c.id).join(", ")).toBeLessThanOrEqual(
      Math.floor(outOfScope.length / 20),
    );
  });
});
