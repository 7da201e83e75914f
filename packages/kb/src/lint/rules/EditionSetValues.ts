import type { LintMessage } from "../../load/DataSet.js";
import { message, type Rule } from "../Rule.js";
import { typedAttributes } from "../typedAttributes.js";

/**
 * An "editionSet" value is what "Does Windows 8 have a Home edition?" or "Does WSL 2 work on
 * Home?" is settled from, so each entry names an OS version that lists editions, only editions
 * that OS lists, and each OS once; an OS version's own set names that OS itself.
 */
export const EditionSetValues: Rule = {
  name: "EditionSetValues",
  description: "Edition sets name OS versions with editions, their real editions, each OS once.",
  check(ds) {
    const editionsOf = new Map(
      ds.entities
        .filter((e) => e.value.kind === "OS_VERSION")
        .map((e) => [e.value.slug, new Set((e.value.editions ?? []).map((ed) => ed.id))]),
    );
    const out: LintMessage[] = [];
    for (const { entity, value, file, path } of typedAttributes(ds, "editionSet")) {
      const set = value.editionSet;
      if (!set) continue;
      const seen = new Set<string>();
      set.forEach((entry, i) => {
        const at = { file, path: `${path}.editionSet[${i}]` };
        const known = editionsOf.get(entry.os);
        if (!known) out.push(message(this.name, at, `"${entry.os}" is not an OS version`));
        else if (known.size === 0) out.push(message(this.name, at, `"${entry.os}" lists no editions`));
        else
          for (const ed of entry.editions.filter((ed) => !known.has(ed)))
            out.push(message(this.name, at, `"${ed}" is not an edition of "${entry.os}"`));
        if (seen.has(entry.os)) out.push(message(this.name, at, `"${entry.os}" is named twice`));
        seen.add(entry.os);
      });
      if (entity.kind === "OS_VERSION" && !seen.has(entity.slug))
        out.push(
          message(
            this.name,
            { file, path: `${path}.editionSet` },
            `an OS version's edition set names the OS itself ("${entity.slug}")`,
          ),
        );
    }
    return out;
  },
};
