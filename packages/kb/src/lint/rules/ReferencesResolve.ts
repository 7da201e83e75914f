import { message, type Rule } from "../Rule.js";
import { collectReferences, type RefKind } from "../references.js";

/** Every slug, fact id and source id that a record names exists. */
export const ReferencesResolve: Rule = {
  name: "ReferencesResolve",
  description: "Every referenced entity, fact and source exists.",
  check(ds) {
    const known: Record<RefKind, Set<string>> = {
      entity: new Set(ds.entities.map((e) => e.value.slug)),
      fact: new Set(ds.facts.map((f) => f.value.id)),
      source: new Set(ds.sources.map((s) => s.value.id)),
    };
    return collectReferences(ds)
      .filter((r) => !known[r.kind].has(r.id))
      .map((r) => message(this.name, r, `"${r.id}" is not ${r.kind === "entity" ? "an entity" : `a ${r.kind}`}`));
  },
};
