import type { LintMessage } from "../../load/DataSet.js";
import { joinPath } from "../../load/formatPath.js";
import { message, type Rule } from "../Rule.js";
import { walkTexts } from "../walkTexts.js";
import { hasHan, hasSimplifiedOnly } from "../../text/chinese.js";

/**
 * Every text has English and Traditional Chinese. Sentences (not bare product names) must
 * really be in Chinese, and zh-Hant must not be Simplified, since Simplified is derived from it.
 */
export const BilingualText: Rule = {
  name: "BilingualText",
  description: "Every text has English and Traditional Chinese.",
  check(ds) {
    const out: LintMessage[] = [];
    for (const t of walkTexts(ds)) {
      const en = t.text.en.trim();
      const zh = t.text["zh-Hant"].trim();
      if (en === "") out.push(message(this.name, { file: t.file, path: joinPath(t.path, "en") }, "is empty"));
      if (zh === "") {
        out.push(message(this.name, { file: t.file, path: joinPath(t.path, "zh-Hant") }, "is empty"));
      } else if (!hasHan(zh) && zh.split(/\s+/).length > 4) {
        out.push(message(this.name, { file: t.file, path: joinPath(t.path, "zh-Hant") }, "has no Chinese in it"));
      } else if (hasSimplifiedOnly(zh)) {
        out.push(
          message(
            this.name,
            { file: t.file, path: joinPath(t.path, "zh-Hant") },
            `is written in Simplified script ("${zh.slice(0, 30)}")`,
          ),
        );
      }
    }
    return out;
  },
};
