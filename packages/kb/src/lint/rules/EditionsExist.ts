import type { LintMessage } from "../../load/DataSet.js";
import type { EntityInput } from "../../schema/entity.js";
import { message, type Rule } from "../Rule.js";

/**
 * A condition or compatibility rule naming an edition must name one the OS has: "home" on
 * Windows 8 (which had no Home edition) is exactly the kind of error the source article made.
 */
export const EditionsExist: Rule = {
  name: "EditionsExist",
  description: "Editions named in relations and setup rules exist on the OS.",
  check(ds) {
    const bySlug = new Map<string, EntityInput>(ds.entities.map((e) => [e.value.slug, e.value]));
    const out: LintMessage[] = [];
    const verify = (os: EntityInput | undefined, editions: string[] | undefined, file: string, path: string) => {
      if (!os || !editions) return;
      const has = new Set((os.editions ?? []).map((x) => x.id));
      editions.forEach((ed, i) => {
        if (!has.has(ed))
          out.push(message(this.name, { file, path: `${path}[${i}]` }, `"${ed}" is not an edition of "${os.slug}"`));
      });
    };
    for (const { value: e, file } of ds.entities) {
      e.relations.forEach((r, i) => {
        const target = bySlug.get(r.target);
        const os = e.kind === "OS_VERSION" && e.editions ? e : target?.kind === "OS_VERSION" ? target : undefined;
        verify(os, r.conditions?.editions, file, `relations[${i}].conditions.editions`);
      });
    }
    for (const { value: s, file } of ds.setups) {
      s.rules.forEach((r, i) => verify(bySlug.get(r.os), r.editions, file, `rules[${i}].editions`));
    }
    return out;
  },
};
