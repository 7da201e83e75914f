import type { LintMessage } from "../../load/DataSet.js";
import { message, type Rule } from "../Rule.js";
import { dateProblem } from "./ValidDates.js";

/** End-of-support dates are published ahead, so only their calendar is checked, not "not after today". */
const NO_FUTURE_LIMIT = new Date("9999-12-31T00:00:00Z");

/**
 * An OS's release table is what a pasted build number is looked up in, so it must be
 * unambiguous and complete enough to trust: one row per build and per version, rows in build
 * order, end-of-support dates that are real days not before the release, editions the OS has,
 * and sources that exist.
 */
export const ReleaseTables: Rule = {
  name: "ReleaseTables",
  description: "OS release tables: unique, ordered builds; valid end dates; known editions and sources.",
  check(ds) {
    const sources = new Set(ds.sources.map((s) => s.value.id));
    const out: LintMessage[] = [];
    for (const { value: e, file } of ds.entities) {
      const editions = new Set((e.editions ?? []).map((x) => x.id));
      const seenBuilds = new Map<number, number>();
      const seenVersions = new Map<string, number>();
      (e.releases ?? []).forEach((r, i) => {
        const at = (path: string) => ({ file, path: `releases[${i}]${path}` });
        const sameBuild = seenBuilds.get(r.build);
        if (sameBuild !== undefined)
          out.push(message(this.name, at(".build"), `build ${r.build} is already releases[${sameBuild}]`));
        seenBuilds.set(r.build, i);
        const sameVersion = seenVersions.get(r.version);
        if (sameVersion !== undefined)
          out.push(message(this.name, at(".version"), `version "${r.version}" is already releases[${sameVersion}]`));
        seenVersions.set(r.version, i);
        const before = e.releases?.[i - 1];
        if (before && before.build > r.build)
          out.push(
            message(
              this.name,
              at(".build"),
              `build ${r.build} comes after build ${before.build}; keep builds in order`,
            ),
          );
        r.endOfSupport?.forEach((end, j) => {
          const endAt = at(`.endOfSupport[${j}]`);
          const problem = dateProblem(end.date, NO_FUTURE_LIMIT);
          if (problem) out.push(message(this.name, { ...endAt, path: `${endAt.path}.date` }, problem));
          else if (r.date && end.date < r.date)
            out.push(
              message(
                this.name,
                { ...endAt, path: `${endAt.path}.date` },
                `"${end.date}" is before the release date ${r.date}`,
              ),
            );
          end.editions?.forEach((ed, k) => {
            if (!editions.has(ed))
              out.push(
                message(
                  this.name,
                  { ...endAt, path: `${endAt.path}.editions[${k}]` },
                  `"${ed}" is not an edition of "${e.slug}"`,
                ),
              );
          });
        });
        r.sources?.forEach((id, k) => {
          if (!sources.has(id)) out.push(message(this.name, at(`.sources[${k}]`), `"${id}" is not a source`));
        });
      });
    }
    return out;
  },
};
