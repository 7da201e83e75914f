import type { LintMessage } from "../../load/DataSet.js";
import type { Located } from "../../load/DataSet.js";
import { joinPath } from "../../load/formatPath.js";
import { message, type Rule } from "../Rule.js";

/** Facts, events, claims and sources are cited by id, so each id names one record. */
export const UniqueIds: Rule = {
  name: "UniqueIds",
  description: "Fact, event, claim and source ids are unique.",
  check(ds) {
    const out: LintMessage[] = [];
    const groups: [string, Located<{ id: string }>[]][] = [
      ["fact", ds.facts],
      ["event", ds.events],
      ["claim", ds.claims],
      ["source", ds.sources],
    ];
    for (const [what, list] of groups) {
      const seen = new Map<string, string>();
      for (const r of list) {
        const first = seen.get(r.value.id);
        const at = { file: r.file, path: joinPath(r.path, "id") };
        if (first) out.push(message(this.name, at, `${what} id "${r.value.id}" is already used in ${first}`));
        else seen.set(r.value.id, r.file);
      }
    }
    return out;
  },
};
