import type { LintMessage } from "../../load/DataSet.js";
import { message, type Rule } from "../Rule.js";
import { aliasKey } from "../../text/aliasKey.js";

/**
 * A name or alias must point at one entity only, or a question that types it cannot be
 * resolved. Compared loosely (case, spaces, hyphens, script), the way questions are read.
 */
export const UniqueAliases: Rule = {
  name: "UniqueAliases",
  description: "No two entities share a name or alias.",
  check(ds) {
    const owner = new Map<string, string>();
    const out: LintMessage[] = [];
    for (const { value: e, file } of ds.entities) {
      const names = new Map<string, string>();
      const own = [e.slug, e.name.en, e.name["zh-Hant"], ...e.aliases.map((a) => a)];
      own.forEach((n, i) => {
        const key = aliasKey(n);
        if (key === "" || names.has(key)) return;
        names.set(key, i >= 3 ? `aliases[${i - 3}]` : i === 0 ? "slug" : i === 1 ? "name.en" : "name.zh-Hant");
      });
      for (const [key, path] of names) {
        const other = owner.get(key);
        if (other !== undefined && other !== e.slug) {
          out.push(message(this.name, { file, path }, `"${key}" is also a name or alias of "${other}"`));
        } else owner.set(key, e.slug);
      }
    }
    return out;
  },
};
