// Property-based tests: whatever text arrives, normalisation, the reader and `ask` give a valid
// answer or a clear BAD_USER_INPUT, never a throw, and no single question takes long.
import { INTENTS } from "@dockerwin/answers";
import { foldForSearch, foldToSimplified, normaliseErrorText } from "@dockerwin/kb";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testContext, useInProcess, type Result } from "./test/inProcess.js";
import { MAX_HISTORY, MAX_QUESTION } from "./resolvers/query.js";

/** Words the reader knows, to build questions that reach deep into it, typos and all. */
const VOCABULARY = [
  "docker",
  "desktop",
  "windows",
  "10",
  "11",
  "home",
  "pro",
  "hyper-v",
  "wsl",
  "wsl 2",
  "virtualbox",
  "toolbox",
  "container",
  "linux",
  "kernel",
  "server",
  "2019",
  "nano",
  "build",
  "edition",
  "can",
  "run",
  "what",
  "when",
  "which",
  "how",
  "vs",
  "with",
  "on",
  "?",
  "家庭版",
  "專業版",
  "能",
  "吗",
  "嗎",
  "什么",
  "虚拟机",
  "鏡像",
  "镜像",
  "容器",
  "支援",
  "需要",
  "\uFDFA",
  "ﬁ",
  "Ⅻ",
  "Ｄｏｃｋｅｒ",
  "🐳",
  "‮",
  "\u0000",
  "\t",
];

/** Mixed input: arbitrary Unicode (every plane, lone surrogates included), vocabulary with typos, mixed scripts. */
const typo = (w: string) =>
  fc.oneof(
    fc.constant(w),
    fc.nat(Math.max(0, w.length - 1)).map((i) => w.slice(0, i) + w.slice(i + 1)),
    fc.nat(Math.max(0, w.length - 1)).map((i) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)),
  );
const word = fc.constantFrom(...VOCABULARY).chain(typo);
const wordy = fc.array(word, { maxLength: 120 }).map((ws) => ws.join(" "));
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 600 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  wordy,
  fc.constantFrom("", " ", "?", "\u0000", "x".repeat(MAX_QUESTION), "\uFDFA".repeat(40)),
);
const history = fc.array(fc.oneof(wordy, fc.string({ unit: "binary", maxLength: 520 })), {
  maxLength: MAX_HISTORY + 2,
});

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

describe("normalisation", () => {
  it("folds any text without throwing, and folding twice changes nothing more", () => {
    fc.assert(
      fc.property(text, (s) => {
        const once = foldForSearch(s);
        expect(typeof once).toBe("string");
        expect(foldForSearch(once)).toBe(once);
        expect(typeof foldToSimplified(s)).toBe("string");
        expect(typeof normaliseErrorText(s)).toBe("string");
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("searches any text without throwing, within a bounded time", () => {
    const { search } = testContext();
    let slowest = 0;
    fc.assert(
      fc.property(text, (s) => {
        const t0 = performance.now();
        const hits = search.search(s.slice(0, 200), 10);
        slowest = Math.max(slowest, performance.now() - t0);
        expect(hits.length).toBeLessThanOrEqual(10);
        for (const h of hits) expect(h.score).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS },
    );
    expect(slowest, "the slowest search").toBeLessThan(1_000);
  });
});

describe("the reader and the answer engine", () => {
  it("reads and answers any question and history: a valid answer, never a throw, in bounded time", () => {
    const { answers, graph } = testContext();
    let slowest = 0;
    fc.assert(
      fc.property(text, history, (q, h) => {
        const t0 = performance.now();
        const a = answers.ask(
          q.slice(0, MAX_QUESTION),
          h.slice(0, MAX_HISTORY).map((x) => x.slice(0, MAX_QUESTION)),
        );
        slowest = Math.max(slowest, performance.now() - t0);
        expect(["ANSWERED", "NOT_FOUND"]).toContain(a.status);
        expect([null, "YES", "NO", "PARTLY"]).toContain(a.verdict);
        expect(typeof a.text).toBe("string");
        expect(["en", "zh-Hans", "zh-Hant"]).toContain(a.interpretation.language);
        expect(INTENTS).toContain(a.interpretation.intent);
        for (const e of a.interpretation.entities) expect(graph.entity(e.slug)).toBeDefined();
      }),
      { numRuns: RUNS },
    );
    // The slowest known case took 14 ms in-process; a loaded two-core machine gets headroom.
    expect(slowest, "the slowest question").toBeLessThan(1_000);
  });
});

describe("ask through the API", () => {
  const run = useInProcess();

  it("answers any question and history, or refuses it with BAD_USER_INPUT, never an internal error", async () => {
    const q = `query A($q: String!, $h: [String!]) { ask(question: $q, history: $h) { status verdict text language } }`;
    await fc.assert(
      fc.asyncProperty(text, history, async (question, h) => {
        const r: Result<{ ask: { status: string } }> = await run(q, { q: question, h });
        if (r.errors?.length) {
          expect(r.errors.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
          expect(r.errors[0]!.message).toMatch(/"(question|history)"/);
        } else {
          expect(["ANSWERED", "NOT_FOUND"]).toContain(r.data?.ask.status);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
