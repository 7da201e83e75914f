import type { CompareRelation } from "@/graphql/operations/compareRelations";
import type { Fact } from "@/graphql/types";

export type YesNo = "YES" | "NO" | "PARTLY";

export interface YesNoCell {
  /** Null where the knowledge base says nothing, or where the row is about the entry itself. */
  verdict: YesNo | null;
  /** The entry is the row's subject (a row about running alongside it). */
  itself: boolean;
  /** When it holds: from a date or build, until a date. */
  from: string | null;
  minBuild: number | null;
  until: string | null;
  facts: Fact[];
  /** On a free-for row: free for small businesses alone, below these limits where known. */
  smallBusiness: { maxEmployees: number; maxRevenueUsd: number } | "unstated" | null;
  /** On a free-for row: no separate charge, it comes with the system it is part of. */
  included: boolean;
}

export interface YesNoRow {
  key: string;
  kind: "alongside" | "edition" | "freeFor";
  /** The entity the row is about (a hypervisor to run alongside, an edition's system). */
  subject: { slug: string; name: string } | null;
  /** On a free-for row (lib/freeForRows): whom it is about. */
  audience?: "commercial" | "government";
  /** The edition, for an edition row. */
  edition: { id: string; name: string } | null;
  cells: YesNoCell[];
  differs: boolean;
}

interface Compared {
  slug: string;
  relations: readonly CompareRelation[];
}

export const EMPTY: YesNoCell = {
  verdict: null,
  itself: false,
  from: null,
  minBuild: null,
  until: null,
  facts: [],
  smallBusiness: null,
  included: false,
};

/** A verdict from a relation; one that holds only until a date is partly. */
function cellOf(verdict: YesNo, relation: CompareRelation): YesNoCell {
  const c = relation.conditions;
  return {
    ...EMPTY,
    verdict: c?.until ? "PARTLY" : verdict,
    from: c?.from ?? null,
    minBuild: c?.minBuild ?? null,
    until: c?.until ?? null,
    facts: relation.facts,
  };
}

export const differs = (cells: readonly YesNoCell[]) =>
  new Set(cells.filter((c) => !c.itself && c.verdict).map((c) => c.verdict)).size > 1 ||
  (cells.some((c) => c.verdict) && cells.some((c) => !c.itself && !c.verdict));

/**
 * Yes/no rows for a comparison, read from the entries' typed relations, never from their names:
 * - "runs alongside X" for every X that two or more of the compared entries coexist or conflict
 *   with (COEXISTS_WITH is yes, CONFLICTS_WITH no; a coexistence that ended is partly);
 * - "runs on <edition>" for every edition of a system that two or more entries run on, where at
 *   least one of them is limited to some editions (RUNS_ON with an `editions` condition) that
 *   leave this one out: no for the limited entries, yes for those that run on every edition.
 * An entry the knowledge base says nothing about gets no verdict.
 */
export function yesNoRows(compared: readonly Compared[]): YesNoRow[] {
  const rows: YesNoRow[] = [];

  // Running alongside: the other ends of coexistence and conflict, by how many entries name them.
  const subjects = new Map<string, { slug: string; name: string; by: Set<string> }>();
  for (const entry of compared)
    for (const r of entry.relations)
      if (r.type === "COEXISTS_WITH" || r.type === "CONFLICTS_WITH") {
        const s = subjects.get(r.entity.slug) ?? { slug: r.entity.slug, name: r.entity.name, by: new Set() };
        s.by.add(entry.slug);
        subjects.set(r.entity.slug, s);
      }
  for (const subject of subjects.values()) {
    if ([...subject.by].filter((slug) => slug !== subject.slug).length < 2) continue;
    const cells = compared.map((entry): YesNoCell => {
      if (entry.slug === subject.slug) return { ...EMPTY, itself: true };
      const about = entry.relations.filter((r) => r.entity.slug === subject.slug);
      const coexists = about.find((r) => r.type === "COEXISTS_WITH");
      if (coexists) return cellOf("YES", coexists);
      const conflicts = about.find((r) => r.type === "CONFLICTS_WITH");
      return conflicts ? cellOf("NO", conflicts) : EMPTY;
    });
    rows.push({
      key: `alongside:${subject.slug}`,
      kind: "alongside",
      subject,
      edition: null,
      cells,
      differs: differs(cells),
    });
  }

  // Editions: the systems two or more entries run on, with the editions someone is limited to.
  // An entry may run on one system in several ways (a relation each): any one that allows the
  // edition is a yes.
  const systems = new Map<string, { ref: CompareRelation["entity"]; runs: Map<string, CompareRelation[]> }>();
  for (const entry of compared)
    for (const r of entry.relations)
      if (r.type === "RUNS_ON" && r.entity.editions?.length) {
        const s = systems.get(r.entity.slug) ?? { ref: r.entity, runs: new Map() };
        s.runs.set(entry.slug, [...(s.runs.get(entry.slug) ?? []), r]);
        systems.set(r.entity.slug, s);
      }
  const allows = (r: CompareRelation, edition: string) =>
    !r.conditions?.editions || r.conditions.editions.includes(edition);
  for (const { ref, runs } of systems.values()) {
    if (runs.size < 2) continue;
    for (const edition of ref.editions ?? []) {
      if (![...runs.values()].some((ways) => !ways.some((r) => allows(r, edition.id)))) continue;
      const cells = compared.map((entry): YesNoCell => {
        const ways = runs.get(entry.slug);
        if (!ways) return EMPTY;
        const yes = ways.find((r) => allows(r, edition.id));
        if (yes) return cellOf("YES", yes);
        // Left out by its editions: when else it would hold does not matter.
        return { ...EMPTY, verdict: "NO", facts: ways.flatMap((r) => r.facts) };
      });
      rows.push({
        key: `edition:${ref.slug}:${edition.id}`,
        kind: "edition",
        subject: { slug: ref.slug, name: ref.name },
        edition,
        cells,
        differs: differs(cells),
      });
    }
  }
  return rows;
}
