import { join } from "node:path";
import { FEEDBACK_FILE, type Downvote, type QuestionCount } from "./FeedbackStore.js";

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function formatReport(top: readonly QuestionCount[], down: readonly Downvote[], dir: string): string {
  const lines = [`Feedback in ${join(dir, FEEDBACK_FILE)}`, "", "Most frequent unanswered questions:"];
  if (top.length === 0) lines.push("  (none)");
  for (const q of top)
    lines.push(`  ${String(q.count).padStart(5)}  ${clip(q.question, 100)}  (last ${q.lastAskedAt})`);
  lines.push("", "Answers marked unhelpful, newest first:");
  if (down.length === 0) lines.push("  (none)");
  for (const d of down) {
    const what = [d.status, d.verdict, d.language, d.dataVersion && `data ${d.dataVersion}`].filter(Boolean);
    lines.push(`  ${d.receivedAt}  ${clip(d.question, 100)}${what.length ? `  [${what.join(", ")}]` : ""}`);
    if (d.history.length) lines.push(`      after: ${d.history.map((h) => clip(h, 60)).join(" / ")}`);
    if (d.comment) lines.push(`      comment: ${clip(d.comment.replace(/\s+/g, " "), 200)}`);
  }
  return lines.join("\n");
}
