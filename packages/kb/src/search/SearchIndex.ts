import Fuse from "fuse.js";
import type { KbEntity, KbFact } from "../compile/KbBundle.js";
import type { Graph } from "../graph/Graph.js";
import { foldToSimplified } from "../text/chinese.js";
import { TokenIndex, tokensOf } from "./TokenIndex.js";

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

/** Documents the fuzzy matcher sees per search: enough for a page of results, few enough to be quick. */
const CANDIDATES = 40;
/** Query words used to find candidates, and characters of the query the fuzzy matcher reads. */
const QUERY_WORDS = 16;
const FUZZY_CHARS = 32;

/** A name's words, and the name written without spaces or hyphens ("wsl2", "hyperv"). */
const nameTokens = (names: readonly string[]) =>
  names.flatMap((n) => [...tokensOf(n), n.replace(/[^\p{L}\p{N}]+/gu, "")]).filter(Boolean);

/** What both the index and a query are folded to: width, case and script do not matter. */
export function foldForSearch(s: string): string {
  return foldToSimplified(s.normalize("NFKC").toLowerCase());
}

/**
 * Fuzzy search over entity names and aliases and fact texts, in every language and script.
 * An exact name or alias match always ranks first, so "hyperv" finds Hyper-V before any fact.
 */
export class SearchIndex {
  private readonly docs: Doc[];
  private readonly tokens: TokenIndex;
  private readonly options: ConstructorParameters<typeof Fuse<Doc>>[1];

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
    this.docs = docs;
    this.tokens = new TokenIndex(
      docs.map((d) => [
        { tokens: nameTokens(d.names), weight: 3 },
        { tokens: tokensOf(d.text), weight: 1 },
      ]),
    );
    this.options = {
      keys: [
        { name: "names", weight: 3 },
        { name: "text", weight: 1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.35,
      minMatchCharLength: 2,
    };
  }

  search(query: string, first = 10): SearchHit[] {
    const q = foldForSearch(query).trim();
    if (q === "") return [];
    // The fuzzy matcher reads every document for every 32 characters of the query: give it only
    // the documents that share a word with the query, and only the query's first characters.
    const words = tokensOf(q).slice(0, QUERY_WORDS);
    const candidates = this.tokens.candidates(words, CANDIDATES).map((i) => this.docs[i]!);
    const fuse = new Fuse(candidates, this.options);
    const exact = this.graph.entityByName(query);
    const hits: SearchHit[] = exact ? [{ score: 1, entity: exact }] : [];
    const seen = new Set<Doc>();
    for (const r of fuse.search(q.slice(0, FUZZY_CHARS), { limit: first + 1 })) {
      seen.add(r.item);
      if (exact && r.item.entity === exact) continue;
      hits.push({ score: Math.max(0, Math.min(1, 1 - (r.score ?? 1))), entity: r.item.entity, fact: r.item.fact });
    }
    // A query of many words rarely matches any one text closely; then the documents sharing the
    // most of its words come next, ranked below every close match.
    if (words.length >= 3) {
      const floor = Math.min(0.5, ...hits.map((h) => h.score));
      candidates.forEach((doc, rank) => {
        if (hits.length > first || seen.has(doc) || (exact && doc.entity === exact)) return;
        hits.push({ score: floor * (1 - rank / candidates.length) * 0.9, entity: doc.entity, fact: doc.fact });
      });
    }
    return hits.slice(0, first);
  }
}
