#!/usr/bin/env node
// Splits tests/questions/real/all.json into dev.json (two thirds) and holdout.json (one third).
// usage: node tests/questions/real/split.mjs [--check]   (--check: validate only, write nothing)
//
// The split is stratified by script (the case's first tag: en, zh-Hans or zh-Hant) and stable when
// cases are appended: within a stratum, cases are taken in file order in blocks of three, and a
// seeded generator picks, for each block number, which of the three positions goes to holdout.
// A case therefore never changes side when later cases are added, so a case once held out has
// never been seen in dev. Editing a case keeps its side; never reorder or renumber cases.
// It also checks what a grader relies on: unique ids, known statuses and verdicts, a source URL,
// and that every expected entity slug is a file in data/entities/.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const ENTITIES = fileURLToPath(new URL("../../../data/entities/", import.meta.url));
const SEED = 20261201;
const STRATA = ["en", "zh-Hans", "zh-Hant"];

// mulberry32: a small, well-known 32-bit PRNG, so the split needs no package.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Position (0, 1 or 2) held out in block `block` of stratum `stratum`; fixed by the seed alone. */
function heldOutPosition(stratum, block) {
  const next = mulberry32(SEED + STRATA.indexOf(stratum) * 1_000_003 + block * 7919);
  return Math.floor(next() * 3);
}

function validate(cases) {
  const slugs = new Set(readdirSync(ENTITIES).map((f) => f.replace(/\.yaml$/, "")));
  const problems = [];
  const ids = new Set();
  for (const c of cases) {
    const at = `case ${c.id ?? "(no id)"}`;
    if (!c.id || ids.has(c.id)) problems.push(`${at}: missing or duplicate id`);
    ids.add(c.id);
    if (typeof c.q !== "string" || !c.q.trim()) problems.push(`${at}: empty q`);
    if (!["en", "zh"].includes(c.lang)) problems.push(`${at}: lang must be en or zh`);
    if (!STRATA.includes(c.tags?.[0])) problems.push(`${at}: first tag must be one of ${STRATA.join(", ")}`);
    if ((c.tags?.[0] === "en") !== (c.lang === "en")) problems.push(`${at}: first tag disagrees with lang`);
    if (!["ANSWERED", "NOT_FOUND"].includes(c.status)) problems.push(`${at}: unknown status ${c.status}`);
    if (c.status === "NOT_FOUND" && (c.verdict || c.mention || c.entity))
      problems.push(`${at}: a NOT_FOUND case expects nothing else`);
    for (const v of c.verdict ?? [])
      if (!["YES", "NO", "PARTLY"].includes(v)) problems.push(`${at}: unknown verdict ${v}`);
    for (const g of c.mention ?? [])
      if (!Array.isArray(g) || !g.length) problems.push(`${at}: a mention group must list alternatives`);
    for (const s of c.entity ?? []) if (!slugs.has(s)) problems.push(`${at}: no entity file for slug ${s}`);
    if (!/^https?:\/\/\S+$/.test(c.src ?? "")) problems.push(`${at}: src must be a URL`);
    if (c.history && !(Array.isArray(c.history) && c.history.every((h) => typeof h === "string")))
      problems.push(`${at}: history must be a list of strings`);
  }
  return problems;
}

const all = JSON.parse(readFileSync(HERE + "all.json", "utf8"));
const problems = validate(all.cases);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}

const dev = [];
const holdout = [];
const seen = Object.fromEntries(STRATA.map((s) => [s, 0]));
for (const c of all.cases) {
  const stratum = c.tags[0];
  const i = seen[stratum]++;
  (i % 3 === heldOutPosition(stratum, Math.floor(i / 3)) ? holdout : dev).push(c);
}

const count = (list) => STRATA.map((s) => `${s} ${list.filter((c) => c.tags[0] === s).length}`).join(", ");
console.log(
  `all ${all.cases.length}: dev ${dev.length} (${count(dev)}), holdout ${holdout.length} (${count(holdout)})`,
);
if (process.argv.includes("--check")) process.exit(0);

// Written through the repository's prettier settings, so `prettier --check .` passes after a split.
async function write(file, what, cases) {
  const path = HERE + file;
  const text = JSON.stringify({ about: `${what} ${all.about}`, cases }, null, 2);
  const options = { ...(await prettier.resolveConfig(path)), filepath: path };
  writeFileSync(path, await prettier.format(text, options));
}
await write("dev.json", "Development set (two thirds of all.json): build and tune the answer engine against it.", dev);
await write(
  "holdout.json",
  "Held-out set (one third of all.json): never tuned on and never read while changing the engine; score it only to report a result.",
  holdout,
);
