import Fuse from "fuse.js";

/**
 * Corrects misspelt Latin words against the knowledge base's own vocabulary ("dokcer" →
 * "docker", "hypervisr" → "hypervisor"). Candidates come from an index of letter pairs, so
 * fuse.js only ranks a short list; a candidate must also be within a small edit distance.
 */
export class SpellCorrector {
  private readonly vocab = new Set<string>();
  private readonly byBigram = new Map<string, string[]>();
  /** Corrections already worked out: people make the same typos again and again. */
  private readonly memo = new Map<string, string>();

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!/^[a-z][a-z0-9]{2,}$/.test(w) || this.vocab.has(w)) continue;
      this.vocab.add(w);
      for (const bg of bigrams(w)) {
        const list = this.byBigram.get(bg);
        if (list) list.push(w);
        else this.byBigram.set(bg, [w]);
      }
    }
  }

  has(word: string): boolean {
    return this.vocab.has(word);
  }

  /** The corrected word, or the word itself when it is known, too short, or nothing is close. */
  correct(word: string): string {
    if (word.length < 4 || this.vocab.has(word) || !/^[a-z]+$/.test(word)) return word;
    const known = this.memo.get(word);
    if (known !== undefined) return known;
    const corrected = this.search(word);
    if (this.memo.size < 50_000) this.memo.set(word, corrected);
    return corrected;
  }

  private search(word: string): string {
    const counts = new Map<string, number>();
    for (const bg of new Set(bigrams(word))) {
      for (const w of this.byBigram.get(bg) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const maxDistance = word.length >= 7 ? 2 : 1;
    const candidates = [...counts]
      .filter(([w, n]) => n >= 2 && w[0] === word[0] && Math.abs(w.length - word.length) <= maxDistance)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([w]) => w);
    if (candidates.length === 0) return word;
    const ranked = new Fuse(candidates, { includeScore: true, threshold: 0.4 }).search(word);
    for (const r of ranked) {
      if (editDistance(word, r.item) <= maxDistance) return r.item;
    }
    return word;
  }
}

function bigrams(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length - 1; i++) out.push(w.slice(i, i + 2));
  return out;
}

/** Optimal string alignment distance: a swap of two neighbours ("dokcer") costs one edit. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
