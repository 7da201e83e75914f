import type { Graph, KbClaim, KbEvent, KbFact } from "@dockerwin/kb";
import { termsOf } from "../read/terms.js";

// BM25's constants: how soon a shared word stops adding, and how much length counts.
const K1 = 1.2;
const B = 0.75;

/**
 * Facts ranked by the subject-matter words they share with a question, each word weighted by
 * how rare it is (so "default" counts for more than "windows"). Built once per graph.
 */
export class FactIndex {
  private readonly termsByFact = new Map<string, Set<string>>();
  private readonly termsByClaim = new Map<string, Set<string>>();
  private readonly factsByTerm = new Map<string, KbFact[]>();
  private readonly idf = new Map<string, number>();
  private readonly termsByEvent = new Map<string, Set<string>>();
  /** Per fact, how much a shared word counts given the fact's length (BM25's length norm). */
  private readonly lengthNorm = new Map<string, number>();

  constructor(private readonly graph: Graph) {
    const df = new Map<string, number>();
    for (const f of graph.bundle.facts) {
      const terms = new Set(termsOf(`${f.text.en} ${f.text["zh-Hans"]}`));
      this.termsByFact.set(f.id, terms);
      for (const t of terms) {
        df.set(t, (df.get(t) ?? 0) + 1);
        const list = this.factsByTerm.get(t);
        if (list) list.push(f);
        else this.factsByTerm.set(t, [f]);
      }
    }
    const n = graph.bundle.facts.length + 1;
    let total = 0;
    for (const t of this.termsByFact.values()) total += t.size;
    const avg = total / Math.max(1, this.termsByFact.size);
    for (const [id, t] of this.termsByFact) {
      this.lengthNorm.set(id, (K1 + 1) / (1 + K1 * (1 - B + (B * t.size) / avg)));
    }
    for (const [t, count] of df) this.idf.set(t, Math.log(n / count));
    for (const ev of graph.bundle.events) {
      this.termsByEvent.set(ev.id, new Set(termsOf(`${ev.title.en} ${ev.title["zh-Hans"]}`)));
    }
    for (const c of graph.bundle.claims) {
      this.termsByClaim.set(c.id, new Set(termsOf(`${c.claim.en} ${c.claim["zh-Hans"]}`)));
    }
  }

  /**
   * How well a fact matches the question's terms. What only the source article says counts for
   * half, so a sourced fact answers before the article's word for it.
   */
  score(fact: KbFact, terms: readonly string[]): number {
    const own = this.termsByFact.get(fact.id);
    if (!own) return 0;
    let s = 0;
    for (const t of new Set(terms)) if (own.has(t)) s += this.idf.get(t) ?? 0;
    return fact.certainty === "CONFIRMED" ? s : s / 2;
  }

  /**
   * The score weighed by the fact's length, for choosing among facts: a long fact shares many
   * words with any question by chance, a short one that shares as many says more about it.
   * Thresholds stay on the plain score.
   */
  focusedScore(fact: KbFact, terms: readonly string[]): number {
    return this.score(fact, terms) * (this.lengthNorm.get(fact.id) ?? 1);
  }

  claimScore(claim: KbClaim, terms: readonly string[]): number {
    const own = this.termsByClaim.get(claim.id);
    if (!own) return 0;
    let s = 0;
    for (const t of new Set(terms)) if (own.has(t)) s += this.idf.get(t) ?? 1;
    return s;
  }

  /** The best facts among candidates, or among all facts sharing a term when none are given. */
  rank(terms: readonly string[], candidates?: readonly KbFact[], limit = 3): { fact: KbFact; score: number }[] {
    const pool = candidates ?? [...new Set(terms.flatMap((t) => this.factsByTerm.get(t) ?? []))];
    return pool
      .map((fact) => ({ fact, score: this.score(fact, terms) }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  /** The terms of an event's title, worked out once. */
  eventTerms(ev: KbEvent): ReadonlySet<string> {
    return this.termsByEvent.get(ev.id) ?? new Set();
  }

  /** Words no fact uses carry no weight: the question is probably about something else. */
  known(term: string): boolean {
    return this.idf.has(term);
  }
}
