import type { LintMessage } from "../../load/DataSet.js";
import { joinPath } from "../../load/formatPath.js";
import { foldToSimplified, hasSimplifiedOnly } from "../../text/chinese.js";
import { fixKeys } from "../../text/terminology.js";
import { message, type Rule } from "../Rule.js";

/**
 * The glossary is applied to OpenCC's output, so two entries that OpenCC turns into the same
 * words must agree on the mainland term; otherwise the order of the file would decide it.
 */
export const GlossaryTerms: Rule = {
  name: "GlossaryTerms",
  description: "Glossary terms are unique, in the right script, and unambiguous after conversion.",
  check(ds) {
    const out: LintMessage[] = [];
    const terms = new Map<string, string>();
    for (const r of ds.glossary) {
      const t = r.value;
      const at = (p: string) => ({ file: r.file, path: joinPath(r.path, p) });
      const first = terms.get(t["zh-Hant"]);
      if (first) out.push(message(this.name, at("zh-Hant"), `"${t["zh-Hant"]}" is already in ${first}`));
      else terms.set(t["zh-Hant"], r.path);
      if (hasSimplifiedOnly(t["zh-Hant"]))
        out.push(message(this.name, at("zh-Hant"), `"${t["zh-Hant"]}" is written in Simplified script`));
      if (foldToSimplified(t["zh-Hans"]) !== t["zh-Hans"])
        out.push(message(this.name, at("zh-Hans"), `"${t["zh-Hans"]}" is written in Traditional script`));
      for (const [i, v] of (t.variants ?? []).entries()) {
        if (v === t["zh-Hant"]) out.push(message(this.name, at(`variants[${i}]`), `"${v}" is the term itself`));
      }
    }
    // Every word the glossary rewrites must have one mainland term, or the file's order decides.
    const byKey = new Map<string, number>();
    const reported = new Set<number>();
    const values = ds.glossary.map((g) => g.value);
    // fixKeys lists the entries in order, once per kind of key; this maps a key back to its entry.
    const owners = [
      ...values.keys(),
      ...values.keys(),
      ...[...values.keys()].filter((i) => values[i]!.taiwanOnly !== false),
    ];
    fixKeys(values).forEach(([key, hans], i) => {
      const j = byKey.get(key);
      const entry = owners[i]!;
      if (j === undefined) byKey.set(key, entry);
      else if (ds.glossary[j]!.value["zh-Hans"] !== hans && !reported.has(entry)) {
        reported.add(entry);
        const r = ds.glossary[entry]!;
        const first = ds.glossary[j]!;
        out.push(
          message(
            this.name,
            { file: r.file, path: joinPath(r.path, "zh-Hans") },
            `"${r.value["zh-Hant"]}" rewrites "${key}" to "${hans}", but ${first.path} ("${first.value["zh-Hant"]}") ` +
              `rewrites it to "${first.value["zh-Hans"]}"`,
          ),
        );
      }
    });
    return out;
  },
};
