#!/usr/bin/env node
// Lints data/ and, when it is clean, writes the compiled bundle to dist/kb.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { compileDataSet } from "../compile/compileDataSet.js";
import { readDataSet } from "../load/readDataSet.js";
import { lintDataSet } from "../lint/lintDataSet.js";
import { countChinese, formatChineseCounts } from "../lint/chineseCounts.js";
import { formatMessage } from "../lint/Rule.js";
import { BUNDLE_PATH } from "../loadGraph.js";
import { terminologyOf } from "../text/terminology.js";
import { repoRoot } from "./repoRoot.js";

const ds = readDataSet(repoRoot());
const messages = lintDataSet(ds);
if (messages.length > 0) {
  for (const m of messages) console.error(formatMessage(m));
  console.error(`\n${messages.length} problem(s) in data/: nothing was built.`);
  process.exit(1);
}
const bundle = compileDataSet(ds);
mkdirSync(dirname(BUNDLE_PATH), { recursive: true });
writeFileSync(BUNDLE_PATH, JSON.stringify(bundle));
console.log(
  `kb: ${bundle.entities.length} entities, ${bundle.facts.length} facts, ${bundle.events.length} events, ` +
    `${bundle.claims.length} claims, ${bundle.setups.length} setups, ${bundle.errors.length} error entries, ` +
    `${bundle.sources.length} sources (${bundle.dataVersion})`,
);
console.log(`kb: ${formatChineseCounts(countChinese(bundle, terminologyOf(ds.glossary)))}`);
