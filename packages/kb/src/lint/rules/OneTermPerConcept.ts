import type { LintMessage } from "../../load/DataSet.js";
import { joinPath } from "../../load/formatPath.js";
import { terminologyOf } from "../../text/terminology.js";
import { message, type Rule } from "../Rule.js";
import { walkTexts } from "../walkTexts.js";

/**
 * One Traditional term per concept: a reader (and the answer engine) should not meet process
 * isolation as 處理序隔離 in one fact and 行程隔離 in the next. The glossary lists the variants.
 */
export const OneTermPerConcept: Rule = {
  name: "OneTermPerConcept",
  description: "zh-Hant uses the glossary's term for a concept, not one of its listed variants.",
  check(ds) {
    const terms = terminologyOf(ds.glossary);
    const out: LintMessage[] = [];
    for (const t of walkTexts(ds)) {
      const at = { file: t.file, path: joinPath(t.path, "zh-Hant") };
      for (const h of terms.variantsIn(t.text["zh-Hant"])) {
        out.push(message(this.name, at, `writes "${h.found}": the glossary's term is "${h.write}"`));
      }
    }
    return out;
  },
};
