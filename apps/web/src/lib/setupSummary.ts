import type { CompatibilityCell, Setup } from "@/graphql/operations/compatibility";

/** Verdicts from best to worst: what works is listed first, what does not, last. */
const RANK = { YES: 0, PARTLY: 1, UNKNOWN: 2, NO: 3 } as const;

export function verdictRank(cell: Pick<CompatibilityCell, "verdict">): number {
  return RANK[cell.verdict ?? "UNKNOWN"];
}

/** The row's cells, what works first; ties keep the matrix's column order. */
export function worksFirst<C extends Pick<CompatibilityCell, "verdict">>(cells: readonly C[]): C[] {
  return cells
    .map((cell, i) => ({ cell, i }))
    .sort((a, b) => verdictRank(a.cell) - verdictRank(b.cell) || a.i - b.i)
    .map(({ cell }) => cell);
}

/**
 * For each kind of container, the setups that run it best on the row (all of them when several
 * tie, since the data ranks none above another); kinds nothing runs are left out.
 */
export function bestByContainer(
  cells: readonly CompatibilityCell[],
  setups: readonly Setup[],
): { containers: { slug: string; name: string }; setups: Setup[] }[] {
  const bySlug = new Map(setups.map((s) => [s.slug, s]));
  const out: { containers: { slug: string; name: string }; setups: Setup[]; rank: number }[] = [];
  for (const cell of cells) {
    const setup = bySlug.get(cell.setup.slug);
    const rank = verdictRank(cell);
    if (!setup || rank > RANK.PARTLY) continue;
    for (const kind of setup.containers) {
      const entry = out.find((e) => e.containers.slug === kind.slug);
      if (!entry) out.push({ containers: { slug: kind.slug, name: kind.name }, setups: [setup], rank });
      else if (rank < entry.rank) Object.assign(entry, { setups: [setup], rank });
      else if (rank === entry.rank) entry.setups.push(setup);
    }
  }
  // A kind whose best setups all run a broader kind too (Hyper-V isolation within Windows
  // containers) would only repeat their names: it is left to the list below.
  const shown = out.filter(
    (e) =>
      !out.some(
        (o) =>
          o !== e &&
          o.rank === e.rank &&
          o.setups.length > e.setups.length &&
          e.setups.every((s) => o.setups.includes(s)),
      ),
  );
  return shown.map(({ containers, setups: best }) => ({ containers, setups: best }));
}
