import type { LintMessage } from "../../load/DataSet.js";
import { VALUE_TYPES } from "../../schema/typedValue.js";
import { message, type Rule } from "../Rule.js";

/**
 * An attribute declared with a type in attributes.yaml is one a verdict is read from, so every
 * entity that has it must carry that typed value, and no other: the engine never falls back to
 * reading the English prose.
 */
export const TypedAttributesPresent: Rule = {
  name: "TypedAttributesPresent",
  description: "Attributes declared with a type carry exactly that typed value.",
  check(ds) {
    const typeOf = new Map(ds.attributes.map((a) => [a.value.key, a.value.type]));
    const out: LintMessage[] = [];
    for (const { value: e, file } of ds.entities) {
      for (const [key, value] of Object.entries(e.attributes)) {
        const want = typeOf.get(key);
        const has = VALUE_TYPES.filter((t) => value[t] !== undefined);
        const at = { file, path: `attributes.${key}` };
        if (want && !has.includes(want))
          out.push(
            message(this.name, at, `needs a typed "${want}" value beside its text (attributes.yaml types "${key}")`),
          );
        for (const t of has.filter((t) => t !== want))
          out.push(
            message(this.name, at, `has a "${t}" value, but attributes.yaml types "${key}" as ${want ?? "none"}`),
          );
      }
    }
    return out;
  },
};
