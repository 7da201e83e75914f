import type { ComparisonRow } from "@/graphql/operations/compare";
import type { Audience } from "@/graphql/generated";
import { differs, EMPTY, type YesNo, type YesNoCell, type YesNoRow } from "./yesNoRows";

type Pricing = NonNullable<NonNullable<ComparisonRow["cells"][number]>["pricing"]>;

/**
 * Whom each row is about, as the schema's audiences: commercial use is small and large
 * businesses together (the audiences do not overlap), government is its own.
 */
const GROUPS = {
  commercial: ["SMALL_BUSINESS", "LARGE_BUSINESS"],
  government: ["GOVERNMENT"],
} as const satisfies Record<string, readonly Audience[]>;

/** Whether an audience uses it free: named free, named paying, else what the model says. */
function isFree(p: Pricing, audience: Audience): boolean | null {
  if (p.freeFor.includes(audience)) return true;
  if (p.paidFor.includes(audience)) return false;
  if (p.model === "FREE") return true;
  if (p.model === "PAID" || p.model === "SUBSCRIPTION") return false;
  return null;
}

function cellOf(p: Pricing | null | undefined, audiences: readonly Audience[], facts: YesNoCell["facts"]): YesNoCell {
  if (!p) return EMPTY;
  if (p.model === "INCLUDED") return { ...EMPTY, included: true, facts };
  const free = audiences.map((a) => isFree(p, a));
  if (free.includes(null)) return EMPTY;
  const verdict: YesNo = free.every(Boolean) ? "YES" : free.some(Boolean) ? "PARTLY" : "NO";
  // Partly free for commercial use is free for small businesses alone, the only split of it.
  const smallBusiness =
    verdict === "PARTLY" && p.freeFor.includes("SMALL_BUSINESS") ? (p.smallBusiness ?? "unstated") : null;
  return { ...EMPTY, verdict, from: verdict === "NO" ? null : (p.since ?? null), smallBusiness, facts };
}

/**
 * "Free for commercial use" and "free for government use" rows, read from the typed pricing of
 * the comparison's price cells (never from their text), where two or more entries have one: yes
 * when every audience of the row uses it free, partly when some do (small businesses, below
 * their limits), no when none does; "included" where it has no price of its own.
 */
export function freeForRows(rows: readonly ComparisonRow[]): YesNoRow[] {
  const priced = rows.find((r) => r.cells.filter((c) => c?.pricing).length >= 2);
  if (!priced) return [];
  return (Object.keys(GROUPS) as (keyof typeof GROUPS)[]).map((audience) => {
    const cells = priced.cells.map((c) => cellOf(c?.pricing, GROUPS[audience], c?.facts ?? []));
    return {
      key: `freeFor:${audience}`,
      kind: "freeFor",
      subject: null,
      edition: null,
      audience,
      cells,
      differs: differs(cells),
    };
  });
}
