#!/usr/bin/env node
// `npm run feedback`: what readers could not get answered and what they marked unhelpful, read
// from the data directory the API writes to (DATA_DIR, default ./var). An optional argument
// says how many of each to print (default 20).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { FEEDBACK_FILE, FeedbackStore } from "./FeedbackStore.js";
import { formatReport } from "./formatReport.js";

const dir = process.env.DATA_DIR ?? "./var";
const limit = Number(process.argv[2] ?? 20);
if (!existsSync(join(dir, FEEDBACK_FILE))) {
  console.log(`No feedback yet: ${join(dir, FEEDBACK_FILE)} does not exist (set DATA_DIR to the API's).`);
} else {
  const store = new FeedbackStore(dir);
  try {
    console.log(formatReport(store.topUnanswered(limit), store.downvoted(limit), dir));
  } finally {
    store.close();
  }
}
