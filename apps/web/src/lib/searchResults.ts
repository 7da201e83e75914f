import type { SearchHit } from "@/graphql/operations/search";
import type { EntityKind } from "@/graphql/types";

/** One search result as the interface shows it: an entry, or a fact that leads to its entry. */
export type SearchResult =
  | { type: "entity"; slug: string; name: string; kind: EntityKind; summary: string }
  | { type: "fact"; id: string; text: string; entity: { slug: string; name: string } | null };

export function toSearchResults(hits: readonly SearchHit[]): SearchResult[] {
  const results: SearchResult[] = [];
  for (const hit of hits) {
    if (hit.entity) {
      const { slug, name, kind, summary } = hit.entity;
      results.push({ type: "entity", slug, name, kind, summary });
    } else if (hit.fact) {
      const main = hit.fact.entities[0];
      results.push({
        type: "fact",
        id: hit.fact.id,
        text: hit.fact.text,
        entity: main ? { slug: main.slug, name: main.name } : null,
      });
    }
  }
  return results;
}
