import type { LintMessage } from "../../load/DataSet.js";
import { message, type Rule } from "../Rule.js";

/** The slugs other apps rely on exist, with the kind the contract gives them. */
export const CanonicalSlugs: Rule = {
  name: "CanonicalSlugs",
  description: "Every canonical slug exists with its kind.",
  check(ds, ctx) {
    const kinds = new Map(ds.entities.map((e) => [e.value.slug, e]));
    const out: LintMessage[] = [];
    for (const [slug, kind] of Object.entries(ctx.canonical)) {
      const e = kinds.get(slug);
      if (!e)
        out.push(
          message(
            this.name,
            { file: `data/entities/${slug}.yaml`, path: "" },
            `is missing: "${slug}" is a canonical slug`,
          ),
        );
      else if (e.value.kind !== kind)
        out.push(message(this.name, { file: e.file, path: "kind" }, `must be ${kind} for canonical slug "${slug}"`));
    }
    return out;
  },
};
