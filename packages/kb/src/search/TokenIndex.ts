/**
 * Words of folded text: runs of letters and digits for alphabetic scripts, and each pair of
 * adjacent Han characters (with single characters for one-character words), since Chinese is not
 * written with spaces.
 */
export function tokensOf(folded: string): string[] {
  const out: string[] = [];
  for (const run of folded.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const parts = run.split(/(\p{Script=Han}+)/u).filter(Boolean);
    for (const part of parts) {
      if (!/\p{Script=Han}/u.test(part)) {
        out.push(part);
        continue;
      }
      const chars = [...part];
      if (chars.length === 1) out.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    }
  }
  return out;
}

/** Edit distance with adjacent transpositions ("wls" → "wsl" is one), given up past `max`. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return false;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/**
 * An inverted index from words to documents. It hands the fuzzy matcher a short list of
 * candidates, the documents that share a word (exactly, as a prefix, or within a typo or two)
 * with the query, so the cost of a search grows with the matches, not with the whole corpus times
 * the length of the query.
 */
export class TokenIndex {
  /** Each word's documents, with the weight of the heaviest field it appears in there. */
  private readonly postings = new Map<string, Map<number, number>>();
  /** Every word, sorted, for prefix look-ups by binary search. */
  private readonly sorted: string[];
  /** Words by first character and length: a typo is looked for among words that could be one. */
  private readonly byShape = new Map<string, string[]>();

  /** `docs[i]` is document i's fields: their words, and how much a match in each counts. */
  constructor(docs: readonly (readonly { tokens: readonly string[]; weight: number }[])[]) {
    docs.forEach((fields, doc) => {
      for (const { tokens, weight } of fields)
        for (const t of tokens) {
          let list = this.postings.get(t);
          if (!list) this.postings.set(t, (list = new Map()));
          list.set(doc, Math.max(list.get(doc) ?? 0, weight));
        }
    });
    this.sorted = [...this.postings.keys()].sort();
    for (const t of this.sorted) {
      const key = shape(t, t.length);
      const bucket = this.byShape.get(key);
      if (bucket) bucket.push(t);
      else this.byShape.set(key, [t]);
    }
  }

  /** The words that match a query word, each with how well: exactly, as a prefix, or by a typo. */
  private matches(q: string): Map<string, number> {
    const found = new Map<string, number>();
    const add = (term: string, score: number) => found.set(term, Math.max(found.get(term) ?? 0, score));
    if (this.postings.has(q)) add(q, 3);
    if (/\p{Script=Han}/u.test(q)) return found;
    if (q.length >= 2) {
      // Words that start with the query word ("hyper" → "hyperv"), the first few in order.
      let lo = 0;
      let hi = this.sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.sorted[mid]! < q) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo, n = 0; i < this.sorted.length && n < PREFIX_MATCHES && this.sorted[i]!.startsWith(q); i++, n++)
        if (this.sorted[i] !== q) add(this.sorted[i]!, 2);
    }
    // Words the query word starts with ("dockers" → "docker").
    for (let k = q.length - 1; k >= 3; k--) if (this.postings.has(q.slice(0, k))) add(q.slice(0, k), 1.5);
    const edits = q.length < 4 ? 0 : q.length < 7 ? 1 : 2;
    for (let len = q.length - edits; edits > 0 && len <= q.length + edits; len++)
      for (const term of this.byShape.get(shape(q, len)) ?? []) if (withinEdits(q, term, edits)) add(term, 1);
    return found;
  }

  /** The documents that best share words with the query, best first, at most `limit`. */
  candidates(queryTokens: readonly string[], limit: number): number[] {
    const scores = new Map<number, number>();
    for (const q of new Set(queryTokens))
      for (const [term, score] of this.matches(q))
        for (const [d, weight] of this.postings.get(term)!) scores.set(d, (scores.get(d) ?? 0) + score * weight);
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([d]) => d);
  }
}

/** Words looked at per query word as prefixes: a two-letter word may begin hundreds. */
const PREFIX_MATCHES = 50;
const shape = (word: string, length: number) => `${word[0] ?? ""}${length}`;
