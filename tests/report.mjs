#!/usr/bin/env node
// Prints the answer engine's accuracy on the question set, per category, and every failure; then
// the real-question sets and the public acceptance questions apart, each with its wrong verdicts
// (a yes/no answered with the other verdict) and out-of-scope questions answered.
// usage: npm run report [-- --verbose] [-- --skip-holdout]
// The held-out real set is scored in numbers only: its questions are never printed.
import { createAnswerEngine } from "@dockerwin/answers";
import { loadGraph } from "@dockerwin/kb";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { judge } from "./questions/judge.mjs";
import { loadCases } from "./questions/loadCases.mjs";

const verbose = process.argv.includes("--verbose");
const skipHoldout = process.argv.includes("--skip-holdout");
const engine = createAnswerEngine(loadGraph());

/** Grades a list of cases; prints failures when asked to. */
function grade(cases, { printFailures, scriptExact = true }) {
  const byCategory = new Map();
  let passed = 0;
  const wrongVerdicts = [];
  const answeredOutOfScope = [];
  for (const c of cases) {
    const a = engine.ask(c.q, c.history ?? []);
    // Files outside tests/questions name only the language family ("zh"), not the script.
    const why = judge(scriptExact ? c : { ...c, lang: undefined }, a);
    if (!scriptExact && c.lang && !a.language.startsWith(c.lang)) why.push(`language ${a.language}, want ${c.lang}`);
    const stat = byCategory.get(c.category ?? "all") ?? { pass: 0, total: 0 };
    stat.total += 1;
    if (c.verdict && a.verdict && !c.verdict.includes(a.verdict)) wrongVerdicts.push(c.id);
    if (c.status === "NOT_FOUND" && a.status === "ANSWERED") answeredOutOfScope.push(c.id);
    if (why.length === 0) {
      stat.pass += 1;
      passed += 1;
      if (verbose && printFailures) console.log(`ok   ${c.id} ${c.q}`);
    } else if (printFailures)
      console.log(
        `FAIL ${c.id} ${c.q.slice(0, 300)}\n     ${why.join("; ")}\n     -> [${a.status}/${a.verdict}] ${a.text.slice(0, 200).replace(/\n/g, " ")}`,
      );
    byCategory.set(c.category ?? "all", stat);
  }
  return {
    byCategory,
    passed,
    total: cases.length,
    wrongVerdicts,
    answeredOutOfScope,
    yesNo: cases.filter((c) => c.verdict).length,
    outOfScope: cases.filter((c) => c.status === "NOT_FOUND").length,
  };
}

const pct = (p, t) => (t === 0 ? "-" : `${((100 * p) / t).toFixed(1)}%`);
function summary(label, r, showIds) {
  const ids = (list) => (showIds && list.length > 0 ? ` (${list.join(", ")})` : "");
  console.log(
    `${label.padEnd(20)}${`${r.passed}/${r.total}`.padStart(10)}  ${pct(r.passed, r.total).padStart(6)}` +
      `   wrong verdicts ${r.wrongVerdicts.length}/${r.yesNo}${ids(r.wrongVerdicts)}` +
      `   out-of-scope answered ${r.answeredOutOfScope.length}/${r.outOfScope}${ids(r.answeredOutOfScope)}`,
  );
}

const own = grade(loadCases(), { printFailures: true });
console.log("\ncategory            pass/total  accuracy");
for (const [cat, s] of [...own.byCategory].sort()) {
  console.log(`${cat.padEnd(20)}${`${s.pass}/${s.total}`.padStart(10)}  ${pct(s.pass, s.total)}`);
}
summary("all", own, true);

const readSet = (url) => {
  const path = fileURLToPath(url);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")).cases : null;
};
const dev = readSet(new URL("./questions/real/dev.json", import.meta.url));
const holdout = skipHoldout ? null : readSet(new URL("./questions/real/holdout.json", import.meta.url));
const pub = readSet(new URL("../../shared/eval/questions.public.json", import.meta.url));
const sets = [];
if (dev) {
  console.log("\nreal questions, development set:");
  sets.push(["real dev", grade(dev, { printFailures: true, scriptExact: false }), true]);
}
if (pub) {
  console.log("\npublic acceptance questions:");
  sets.push(["public", grade(pub, { printFailures: true, scriptExact: false }), true]);
}
if (holdout) sets.push(["real holdout", grade(holdout, { printFailures: false, scriptExact: false }), false]);
if (sets.length > 0) console.log("\nset                 pass/total");
for (const [label, r, showIds] of sets) summary(label, r, showIds);
