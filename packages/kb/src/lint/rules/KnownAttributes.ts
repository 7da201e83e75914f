import type { LintMessage } from "../../load/DataSet.js";
import { message, type Rule } from "../Rule.js";

/** Attributes become comparison rows, so each key must be declared with its labels. */
export const KnownAttributes: Rule = {
  name: "KnownAttributes",
  description: "Entities use only the attribute keys declared in attributes.yaml.",
  check(ds) {
    const known = new Set(ds.attributes.map((a) => a.value.key));
    const out: LintMessage[] = [];
    for (const { value: e, file } of ds.entities) {
      for (const key of Object.keys(e.attributes)) {
        if (!known.has(key))
          out.push(
            message(this.name, { file, path: `attributes.${key}` }, `"${key}" is not declared in data/attributes.yaml`),
          );
      }
    }
    return out;
  },
};
