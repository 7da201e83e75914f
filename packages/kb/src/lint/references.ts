import type { DataSet, Location } from "../load/DataSet.js";
import { joinPath } from "../load/formatPath.js";

export type RefKind = "entity" | "fact" | "source";

/** A place in data/ that names another record by its id. */
export interface Reference extends Location {
  kind: RefKind;
  id: string;
}

/** Every cross-reference in the data set: the one place that knows where references live. */
export function collectReferences(ds: DataSet): Reference[] {
  const refs: Reference[] = [];
  const add = (kind: RefKind, ids: readonly string[] | undefined, file: string, path: string) =>
    ids?.forEach((id, i) => refs.push({ kind, id, file, path: `${path}[${i}]` }));
  const one = (kind: RefKind, id: string, file: string, path: string) => refs.push({ kind, id, file, path });

  for (const { value: e, file } of ds.entities) {
    e.relations.forEach((r, i) => {
      one("entity", r.target, file, `relations[${i}].target`);
      add("fact", r.facts, file, `relations[${i}].facts`);
    });
    for (const [key, a] of Object.entries(e.attributes)) {
      if ("refs" in a) add("entity", a.refs, file, `attributes.${key}.refs`);
      add("fact", a.facts, file, `attributes.${key}.facts`);
    }
  }
  for (const { value: f, file, path } of ds.facts) {
    add("entity", f.about, file, joinPath(path, "about"));
    add("source", f.sources, file, joinPath(path, "sources"));
  }
  for (const { value: ev, file, path } of ds.events) {
    add("entity", ev.entities, file, joinPath(path, "entities"));
    add("source", ev.sources, file, joinPath(path, "sources"));
    add("fact", ev.facts, file, joinPath(path, "facts"));
  }
  for (const { value: c, file, path } of ds.claims) {
    add("entity", c.entities, file, joinPath(path, "entities"));
    add("fact", c.facts, file, joinPath(path, "facts"));
  }
  for (const { value: s, file } of ds.setups) {
    add("entity", s.uses, file, "uses");
    add("entity", s.containers, file, "containers");
    s.rules.forEach((r, i) => {
      one("entity", r.os, file, `rules[${i}].os`);
      add("fact", r.facts, file, `rules[${i}].facts`);
    });
  }
  for (const { value: e, file } of ds.errors) {
    add("entity", e.entities, file, "entities");
    add("entity", e.conditions?.os, file, "conditions.os");
    add("source", e.sources, file, "sources");
  }
  return refs;
}
