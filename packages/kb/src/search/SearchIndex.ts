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

/** A text without spaces, hyphens or other marks: "Hyper-V" and "hyper v" both read "hyperv". */
const squash = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, "");

/** Whether two words are one edit apart: a letter changed, added, dropped, or two swapped ("wls2"). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** Shortest query that a one-edit typo of a name is looked for: shorter ones match too much. */
const TYPO_MIN = 4;

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
    return this.namesFirst(q, hits).slice(0, first);
  }

  /**
   * The entries a name of which is the query come first, then those a name of which starts with
   * it (shortest name first: "hyper" finds Hyper-V before Hyper-V isolation), then one typo away
   * ("wls2" finds WSL 2), then everything else in the matcher's order.
   */
  private namesFirst(q: string, hits: SearchHit[]): SearchHit[] {
    const sq = squash(q);
    if (sq === "") return hits;
    const ranked = new Map<KbEntity, { rank: number; length: number }>();
    for (const doc of this.docs) {
      if (!doc.entity) continue;
      let best: { rank: number; length: number } | undefined;
      for (const name of doc.names) {
        const n = squash(name);
        const rank =
          n === sq
            ? 0
            : n.startsWith(sq)
              ? 1
              : sq.length >= TYPO_MIN && (oneEditApart(n, sq) || oneEditApart(n.slice(0, sq.length), sq))
                ? 2
                : -1;
        if (rank >= 0 && (!best || rank < best.rank || (rank === best.rank && n.length < best.length))) {
          best = { rank, length: n.length };
        }
      }
      if (best) ranked.set(doc.entity, best);
    }
    if (ranked.size === 0) return hits;
    const byName = [...ranked]
      .sort(([, a], [, b]) => a.rank - b.rank || a.length - b.length)
      .map(([entity, { rank }]) => {
        const found = hits.find((h) => h.entity === entity);
        return { score: found?.score ?? 1 - 0.05 * (rank + 1), entity };
      });
    const named = new Set(byName.map((h) => h.entity));
    const rest = hits.filter((h) => !h.entity || !named.has(h.entity));
    // Hits come best first and their scores say so: a name match scores at least what every hit
    // after it scores, so the list stays ordered by score for clients that sort or cut by it.
    let floor = Math.max(0, ...rest.map((h) => h.score));
    for (let i = byName.length - 1; i >= 0; i--) {
      const hit = byName[i]!;
      hit.score = Math.max(hit.score, floor);
      floor = hit.score;
    }
    return [...byName, ...rest];
  }
}
