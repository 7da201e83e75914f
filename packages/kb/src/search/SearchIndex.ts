import Fuse from "fuse.js";
import type { KbEntity, KbFact } from "../compile/KbBundle.js";
import type { Graph } from "../graph/Graph.js";
import { foldToSimplified } from "../text/chinese.js";

export interface SearchHit {
  /** Relevance from 0 to 1, higher is better. */
  score: number;
  entity?: KbEntity;
  fact?: KbFact;
}

interface Doc {
  entity?: KbEntity;
  fact?: KbFact;
  names: string[];
  text: string;
}

/** What both the index and a query are folded to: width, case and script do not matter. */
export function foldForSearch(s: string): string {
  return foldToSimplified(s.normalize("NFKC").toLowerCase());
}

/**
 * Fuzzy search over entity names and aliases and fact texts, in every language and script.
 * An exact name or alias match always ranks first, so "hyperv" finds Hyper-V before any fact.
 */
export class SearchIndex {
  private readonly fuse: Fuse<Doc>;

  constructor(private readonly graph: Graph) {
    const docs: Doc[] = [
      ...graph.bundle.entities.map((e) => ({
        entity: e,
        names: [e.slug, e.name.en, e.name["zh-Hans"], ...e.aliases].map(foldForSearch),
        text: foldForSearch(`${e.summary.en} ${e.summary["zh-Hans"]}`),
      })),
      ...graph.bundle.facts.map((f) => ({
        fact: f,
        names: [],
        text: foldForSearch(`${f.text.en} ${f.text["zh-Hans"]}`),
      })),
    ];
    this.fuse = new Fuse(docs, {
      keys: [
        { name: "names", weight: 3 },
        { name: "text", weight: 1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.35,
      minMatchCharLength: 2,
    });
  }

  search(query: string, first = 10): SearchHit[] {
    const q = foldForSearch(query).trim();
    if (q === "") return [];
    const exact = this.graph.entityByName(query);
    const hits: SearchHit[] = exact ? [{ score: 1, entity: exact }] : [];
    for (const r of this.fuse.search(q, { limit: first + 1 })) {
      if (exact && r.item.entity === exact) continue;
      hits.push({ score: Math.max(0, Math.min(1, 1 - (r.score ?? 1))), entity: r.item.entity, fact: r.item.fact });
    }
    return hits.slice(0, first);
  }
}
