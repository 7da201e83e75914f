#!/usr/bin/env node
// Checks data/ and prints one line per problem: file, path and reason. Exit code 1 on any.
import { readDataSet } from "../load/readDataSet.js";
import { lintDataSet } from "../lint/lintDataSet.js";
import { formatMessage } from "../lint/Rule.js";
import { repoRoot } from "./repoRoot.js";

const root = process.argv[2] ?? repoRoot();
const messages = lintDataSet(readDataSet(root));
for (const m of messages) console.error(formatMessage(m));
if (messages.length > 0) {
  console.error(`\n${messages.length} problem(s) in data/.`);
  process.exit(1);
}
console.log("data/ is clean.");
