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
  }

  /** The documents that best share words with the query, best first, at most `limit`. */
  candidates(queryTokens: readonly string[], limit: number): number[] {
    const scores = new Map<number, number>();
    for (const q of new Set(queryTokens)) {
      const latin = !/\p{Script=Han}/u.test(q);
      const edits = !latin || q.length < 4 ? 0 : q.length < 7 ? 1 : 2;
      for (const [term, docs] of this.postings) {
        let score = 0;
        if (term === q) score = 3;
        else if (latin && q.length >= 2 && term.startsWith(q)) score = 2;
        else if (latin && term.length >= 3 && q.startsWith(term)) score = 1.5;
        else if (edits > 0 && withinEdits(q, term, edits)) score = 1;
        if (score === 0) continue;
        for (const [d, weight] of docs) scores.set(d, (scores.get(d) ?? 0) + score * weight);
      }
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([d]) => d);
  }
}
