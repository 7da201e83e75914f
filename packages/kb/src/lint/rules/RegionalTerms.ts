import type { LintMessage } from "../../load/DataSet.js";
import { joinPath } from "../../load/formatPath.js";
import { terminologyOf } from "../../text/terminology.js";
import { message, type Rule } from "../Rule.js";
import { walkTexts } from "../walkTexts.js";

/**
 * Simplified Chinese must read as the mainland writes it and Traditional as Taiwan writes it,
 * term by term, per data/glossary.yaml. Derived zh-Hans is checked as the build derives it, so a
 * phrase the glossary misses shows up here and not in front of a reader.
 */
export const RegionalTerms: Rule = {
  name: "RegionalTerms",
  description: "No Taiwan term in zh-Hans (given or derived) and no mainland term in zh-Hant, per the glossary.",
  check(ds) {
    const terms = terminologyOf(ds.glossary);
    const out: LintMessage[] = [];
    for (const t of walkTexts(ds)) {
      const hant = t.text["zh-Hant"];
      const given = t.text["zh-Hans"];
      const hantAt = { file: t.file, path: joinPath(t.path, "zh-Hant") };
      for (const h of terms.mainlandTermsIn(hant)) {
        out.push(message(this.name, hantAt, `has the mainland term "${h.found}": Taiwan writes "${h.write}"`));
      }
      if (given !== undefined) {
        const at = { file: t.file, path: joinPath(t.path, "zh-Hans") };
        for (const h of terms.taiwanTermsIn(given)) {
          out.push(message(this.name, at, `has the Taiwan term "${h.found}": the mainland writes "${h.write}"`));
        }
      } else {
        for (const h of terms.taiwanTermsIn(terms.simplify(hant))) {
          out.push(
            message(
              this.name,
              hantAt,
              `becomes the Taiwan term "${h.found}" in the derived zh-Hans: the mainland writes "${h.write}" ` +
                `(add the phrase to data/glossary.yaml or give zh-Hans)`,
            ),
          );
        }
      }
    }
    return out;
  },
};
