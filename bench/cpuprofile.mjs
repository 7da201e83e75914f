#!/usr/bin/env node
// The functions a CPU profile spent its time in, by self time (and with --inclusive, by time
// including what they called), from a .cpuprofile that `node --cpu-prof` wrote:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof packages/answers/dist/bench/bench.js --shipped
//   cd apps/api && ANSWER_CACHE_SIZE=0 API_PORT=4104 node --cpu-prof --cpu-prof-dir=/tmp/prof dist/main.js
//   node bench/cpuprofile.mjs /tmp/prof/*.cpuprofile [--top 40] [--inclusive]
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const file = args.find((a) => a.endsWith(".cpuprofile"));
if (!file) {
  console.error("usage: node bench/cpuprofile.mjs FILE.cpuprofile [--top N] [--inclusive]");
  process.exit(2);
}
const top = Number(args[args.indexOf("--top") + 1]) || 40;
const profile = JSON.parse(readFileSync(file, "utf8"));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const sampled = new Map();
profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

// A function is its name and where it is defined, with the path shortened to the package.
const nameOf = (n) =>
  `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/.*\/(packages|apps|node_modules)\//, "$1/")}:${n.callFrame.lineNumber + 1}`;
const self = new Map();
const inclusive = new Map();
let total = 0;
for (const n of profile.nodes) {
  const us = sampled.get(n.id) ?? 0;
  total += us;
  self.set(nameOf(n), (self.get(nameOf(n)) ?? 0) + us);
  // Each function once per stack, however deep it recurses.
  const seen = new Set();
  for (let id = n.id; id !== undefined; id = parent.get(id)) {
    const name = nameOf(byId.get(id));
    if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    seen.add(name);
  }
}

const show = (title, times) => {
  console.log(`${title} (of ${(total / 1000).toFixed(0)} ms sampled)`);
  for (const [name, us] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
};
show("self time", self);
if (args.includes("--inclusive")) show("\ninclusive time", inclusive);
