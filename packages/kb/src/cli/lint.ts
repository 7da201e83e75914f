#!/usr/bin/env node
// Checks data/ and prints one line per problem: file, path and reason. Exit code 1 on any.
import { compileDataSet } from "../compile/compileDataSet.js";
import { countChinese, formatChineseCounts } from "../lint/chineseCounts.js";
import { readDataSet } from "../load/readDataSet.js";
import { lintDataSet } from "../lint/lintDataSet.js";
import { formatMessage } from "../lint/Rule.js";
import { terminologyOf } from "../text/terminology.js";
import { repoRoot } from "./repoRoot.js";

const root = process.argv[2] ?? repoRoot();
const ds = readDataSet(root);
const messages = lintDataSet(ds);
for (const m of messages) console.error(formatMessage(m));
// The counts are of the bundle as it would be built, so they say what readers would see.
if (ds.problems.length === 0) {
  try {
    console.log(formatChineseCounts(countChinese(compileDataSet(ds), terminologyOf(ds.glossary))));
  } catch {
    // No bundle can be built from this data; the messages above say why.
  }
}
if (messages.length > 0) {
  console.error(`\n${messages.length} problem(s) in data/.`);
  process.exit(1);
}
console.log("data/ is clean.");
