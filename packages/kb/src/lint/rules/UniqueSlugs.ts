import type { LintMessage } from "../../load/DataSet.js";
import { message, type Rule } from "../Rule.js";

/** Slugs are keys for URLs, the API and other apps: two entities or setups may not share one. */
export const UniqueSlugs: Rule = {
  name: "UniqueSlugs",
  description: "Entity and setup slugs are unique.",
  check(ds) {
    const seen = new Map<string, string>();
    const out: LintMessage[] = [];
    for (const r of [...ds.entities, ...ds.setups]) {
      const first = seen.get(r.value.slug);
      if (first)
        out.push(message(this.name, { file: r.file, path: "slug" }, `"${r.value.slug}" is already used by ${first}`));
      else seen.set(r.value.slug, r.file);
    }
    return out;
  },
};
