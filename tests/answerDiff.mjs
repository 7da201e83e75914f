#!/usr/bin/env node
// Shows which answers a change to the engine or the data alters. Save a snapshot of every
// question set's answers (the 585 regression cases, the real development set, the public
// questions), change something, rebuild, and compare: a refactor should print nothing, a fix should
// print the answers it meant to change and no others.
// usage: node tests/answerDiff.mjs --save FILE      (after building kb and answers)
//        node tests/answerDiff.mjs --against FILE [--limit N]
// The held-out real set is never included: its questions must not be read.
import { createAnswerEngine } from "@dockerwin/answers";
import { loadGraph } from "@dockerwin/kb";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCases } from "./questions/loadCases.mjs";

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const save = arg("--save");
const against = arg("--against");
const limit = Number(arg("--limit") ?? 40);
if (!save && !against) {
  console.error("usage: node tests/answerDiff.mjs --save FILE | --against FILE [--limit N]");
  process.exit(2);
}

const readSet = (url) => {
  const path = fileURLToPath(url);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")).cases : [];
};
const cases = [
  ...loadCases().map((c) => ({ ...c, key: `${c.file}:${c.id}` })),
  ...readSet(new URL("./questions/real/dev.json", import.meta.url)).map((c) => ({ ...c, key: `dev:${c.id}` })),
  ...readSet(new URL("../../shared/eval/questions.public.json", import.meta.url)).map((c) => ({
    ...c,
    key: `public:${c.id}`,
  })),
];

const engine = createAnswerEngine(loadGraph());
const now = {};
for (const c of cases) {
  const a = engine.ask(c.q, c.history ?? []);
  now[c.key] = { q: c.q, status: a.status, verdict: a.verdict ?? null, text: a.text };
}

if (save) {
  writeFileSync(save, JSON.stringify(now));
  console.log(`saved ${Object.keys(now).length} answers to ${save}`);
} else {
  const before = JSON.parse(readFileSync(against, "utf8"));
  const changed = Object.keys(now).filter((k) => {
    const a = before[k];
    const b = now[k];
    return !a || a.status !== b.status || a.verdict !== b.verdict || a.text !== b.text;
  });
  const short = (s) => s.slice(0, 160).replace(/\n/g, " ");
  for (const k of changed.slice(0, limit)) {
    const a = before[k];
    const b = now[k];
    console.log(`${k}  ${short(b.q)}`);
    if (a) console.log(`   before [${a.status}/${a.verdict}] ${short(a.text)}`);
    console.log(`   after  [${b.status}/${b.verdict}] ${short(b.text)}`);
  }
  const verdictChanges = changed.filter((k) => before[k] && before[k].verdict !== now[k].verdict).length;
  console.log(
    `${changed.length} of ${Object.keys(now).length} answers changed (${verdictChanges} verdicts)` +
      (changed.length > limit ? `; first ${limit} shown (--limit N)` : ""),
  );
}
