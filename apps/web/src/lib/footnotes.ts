import type { Fact } from "@/graphql/types";

/** Facts numbered in the order they are first cited, each once: a table's footnotes. */
export class Footnotes {
  private readonly byId = new Map<string, { n: number; fact: Fact }>();

  /** The footnote numbers of these facts, numbering new ones. */
  cite(facts: readonly Fact[]): number[] {
    return facts.map((fact) => {
      const known = this.byId.get(fact.id);
      if (known) return known.n;
      const n = this.byId.size + 1;
      this.byId.set(fact.id, { n, fact });
      return n;
    });
  }

  get notes(): { n: number; fact: Fact }[] {
    return [...this.byId.values()];
  }
}
