import type { LintMessage } from "../../load/DataSet.js";
import { message, type Rule } from "../Rule.js";
import { typedAttributes } from "../typedAttributes.js";

/**
 * A "containers" value is read for yes/no answers, so it must be whole: "no" names no route,
 * product or edition; "yes" and "partly" say how the containers run; "partly" names the
 * editions it holds on, which must be the entity's own when it lists editions; and every
 * product it runs them through is an entity.
 */
export const ContainerSupportValues: Rule = {
  name: "ContainerSupportValues",
  description: "Container support says how it runs, names editions only when partial, and real products.",
  check(ds) {
    const slugs = new Set(ds.entities.map((e) => e.value.slug));
    const anyEdition = new Set(ds.entities.flatMap((e) => (e.value.editions ?? []).map((ed) => ed.id)));
    const out: LintMessage[] = [];
    for (const { entity, value, file, path } of typedAttributes(ds, "containers")) {
      const c = value.containers;
      if (!c) continue;
      const at = { file, path: `${path}.containers` };
      if (c.level === "no" && (c.via.length > 0 || c.through.length > 0))
        out.push(
          message(this.name, at, `level "no" runs nothing, so it names no route (via) and no product (through)`),
        );
      if (c.level !== "no" && c.via.length === 0)
        out.push(message(this.name, at, `level "${c.level}" needs the route the containers run by (via)`));
      if (c.level === "partly" && c.editions.length === 0)
        out.push(message(this.name, at, `level "partly" needs the editions it holds on`));
      if (c.level !== "partly" && c.editions.length > 0)
        out.push(message(this.name, at, `level "${c.level}" holds on every edition; list editions only with "partly"`));
      const own = entity.editions?.map((ed) => ed.id);
      for (const ed of c.editions) {
        if (own && own.length > 0 && !own.includes(ed))
          out.push(message(this.name, at, `"${ed}" is not an edition of "${entity.slug}"`));
        else if (!own?.length && !anyEdition.has(ed))
          out.push(message(this.name, at, `"${ed}" is an edition of no OS`));
      }
      for (const slug of c.through.filter((s) => !slugs.has(s)))
        out.push(message(this.name, at, `through "${slug}" is not an entity`));
    }
    return out;
  },
};
