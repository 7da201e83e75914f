import type { Graph, KbEntity } from "@dockerwin/kb";
import type { EntityMention } from "./EntityMatcher.js";
import type { Normalized } from "./normalize.js";

const YEAR = /^(19|20)\d\d$/;

/**
 * "Can a Windows Server 2019 host run 2022 images?": a bare year beside a name that carries a
 * year names that name's sibling of the other year (Windows Server 2022), where the knowledge
 * base has one. Found by the entities' own names, so no product is named in code; a year that
 * is part of a name already found, or that makes no sibling ("released in 2018"), is left alone.
 */
export function siblingsByYear(
  graph: Graph,
  normalized: Normalized,
  mentions: readonly EntityMention[],
  entities: readonly KbEntity[],
): KbEntity[] {
  const found: KbEntity[] = [];
  const years = normalized.tokens.filter(
    (t) => YEAR.test(t.text) && !mentions.some((m) => t.start >= m.start && t.end <= m.end),
  );
  for (const t of years) {
    for (const e of entities) {
      const own = /\b(19|20)\d\d\b/.exec(e.name.en)?.[0];
      if (!own || own === t.text) continue;
      const sibling = byName(graph).get(e.name.en.replace(own, t.text).toLowerCase());
      if (sibling && !entities.includes(sibling) && !found.includes(sibling)) {
        found.push(sibling);
        break;
      }
    }
  }
  return found;
}

const NAMES = new WeakMap<Graph, ReadonlyMap<string, KbEntity>>();

function byName(graph: Graph): ReadonlyMap<string, KbEntity> {
  let map = NAMES.get(graph);
  if (!map) {
    map = new Map(graph.bundle.entities.map((e) => [e.name.en.toLowerCase(), e] as const));
    NAMES.set(graph, map);
  }
  return map;
}
