#!/usr/bin/env node
// Prints the answer engine's accuracy on the question set, per category, and every failure.
// usage: npm run report [-- --verbose]
import { createAnswerEngine } from "@dockerwin/answers";
import { loadGraph } from "@dockerwin/kb";
import { judge } from "./questions/judge.mjs";
import { loadCases } from "./questions/loadCases.mjs";

const verbose = process.argv.includes("--verbose");
const engine = createAnswerEngine(loadGraph());
const byCategory = new Map();
let passed = 0;
const cases = loadCases();
for (const c of cases) {
  const a = engine.ask(c.q, c.history ?? []);
  const why = judge(c, a);
  const stat = byCategory.get(c.category) ?? { pass: 0, total: 0 };
  stat.total += 1;
  if (why.length === 0) {
    stat.pass += 1;
    passed += 1;
  } else
    console.log(
      `FAIL ${c.id} ${c.q}\n     ${why.join("; ")}\n     -> [${a.status}/${a.verdict}] ${a.text.slice(0, 200).replace(/\n/g, " ")}`,
    );
  if (verbose && why.length === 0) console.log(`ok   ${c.id} ${c.q}`);
  byCategory.set(c.category, stat);
}
console.log("\ncategory            pass/total  accuracy");
for (const [cat, s] of [...byCategory].sort()) {
  console.log(`${cat.padEnd(20)}${`${s.pass}/${s.total}`.padStart(10)}  ${((100 * s.pass) / s.total).toFixed(1)}%`);
}
console.log(
  `${"all".padEnd(20)}${`${passed}/${cases.length}`.padStart(10)}  ${((100 * passed) / cases.length).toFixed(1)}%`,
);
