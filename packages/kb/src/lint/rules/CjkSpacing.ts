import type { LintMessage } from "../../load/DataSet.js";
import { joinPath } from "../../load/formatPath.js";
import { findCjkSpaces } from "../../text/cjkSpacing.js";
import { message, type Rule } from "../Rule.js";
import { walkTexts } from "../walkTexts.js";

/**
 * No whitespace between two Chinese characters. YAML folds a wrapped line into a space, which
 * is right in English and wrong in Chinese; derived zh-Hans inherits it, so zh-Hant is the fix.
 */
export const CjkSpacing: Rule = {
  name: "CjkSpacing",
  description: "No whitespace between two CJK characters in Chinese text.",
  check(ds) {
    const out: LintMessage[] = [];
    for (const t of walkTexts(ds)) {
      for (const key of ["zh-Hant", "zh-Hans"] as const) {
        const s = t.text[key];
        if (s === undefined) continue;
        for (const sp of findCjkSpaces(s.trim())) {
          const at = { file: t.file, path: joinPath(t.path, key) };
          out.push(message(this.name, at, `has a space between Chinese characters ("${sp.excerpt}")`));
        }
      }
    }
    return out;
  },
};
