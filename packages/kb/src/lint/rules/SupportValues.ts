import type { LintMessage } from "../../load/DataSet.js";
import { message, type Rule } from "../Rule.js";
import { typedAttributes } from "../typedAttributes.js";

/**
 * "partly" must say where it holds (the editions), so a yes/no question on one edition can be
 * settled; "yes" and "no" hold everywhere and name none. Editions must exist on some OS.
 */
export const SupportValues: Rule = {
  name: "SupportValues",
  description: "Partial support names the editions it holds on; full yes or no names none.",
  check(ds) {
    const editions = new Set(ds.entities.flatMap((e) => (e.value.editions ?? []).map((ed) => ed.id)));
    const out: LintMessage[] = [];
    for (const { value, file, path } of typedAttributes(ds, "support")) {
      const s = value.support;
      if (!s) continue;
      const at = { file, path: `${path}.support` };
      if (s.level === "partly" && s.editions.length === 0)
        out.push(message(this.name, at, `level "partly" needs the editions it holds on`));
      if (s.level !== "partly" && s.editions.length > 0)
        out.push(message(this.name, at, `level "${s.level}" holds on every edition; list editions only with "partly"`));
      for (const ed of s.editions.filter((ed) => !editions.has(ed)))
        out.push(message(this.name, at, `"${ed}" is an edition of no OS`));
    }
    return out;
  },
};
