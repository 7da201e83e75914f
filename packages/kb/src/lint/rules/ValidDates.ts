import type { LintMessage } from "../../load/DataSet.js";
import type { Location } from "../../load/DataSet.js";
import { joinPath } from "../../load/formatPath.js";
import { message, type Rule } from "../Rule.js";

/** A real calendar date (no 2016-02-30), and nothing dated after today. */
export function dateProblem(date: string, now: Date): string | undefined {
  const [y, m, d] = date.split("-").map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return `"${date}" has no month ${m}`;
  if (y !== undefined && m !== undefined && d !== undefined) {
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (d < 1 || d > days) return `"${date}" is not a day of that month`;
  }
  // Compare at the string's own precision: "2026-11" is not in the future during November 2026.
  const today = now.toISOString().slice(0, date.length);
  if (date > today) return `"${date}" is in the future`;
  return undefined;
}

export const ValidDates: Rule = {
  name: "ValidDates",
  description: "Dates are real calendar dates, not in the future, and ranges run forward.",
  check(ds, ctx) {
    const out: LintMessage[] = [];
    const checkDate = (date: string | undefined, at: Location) => {
      if (date === undefined) return;
      const problem = dateProblem(date, ctx.now);
      if (problem) out.push(message(this.name, at, problem));
    };
    for (const f of ds.facts) checkDate(f.value.date, { file: f.file, path: joinPath(f.path, "date") });
    for (const ev of ds.events) checkDate(ev.value.date, { file: ev.file, path: joinPath(ev.path, "date") });
    for (const { value: e, file } of ds.entities) {
      checkDate(e.since, { file, path: "since" });
      e.releases?.forEach((r, i) => checkDate(r.date, { file, path: `releases[${i}].date` }));
      e.relations.forEach((r, i) => {
        const c = r.conditions;
        checkDate(c?.from, { file, path: `relations[${i}].conditions.from` });
        if (c?.from && c.until && c.until < c.from) {
          out.push(
            message(
              this.name,
              { file, path: `relations[${i}].conditions.until` },
              `"${c.until}" is before "from" (${c.from})`,
            ),
          );
        }
      });
    }
    return out;
  },
};
