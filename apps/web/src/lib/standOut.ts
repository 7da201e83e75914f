/**
 * Which cells of a comparison row stand out: those whose value differs from the value most of the
 * row shares. When no value is shared by more cells than any other (all differ, or a tie), no cell
 * is singled out, since none is the odd one; the row's ≠ mark says it differs. Unknown cells
 * (null) never stand out.
 */
export function standOut(values: readonly (string | null)[]): boolean[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts.values()].sort((a, b) => b - a);
  const [top = 0, second = 0] = ranked;
  if (top < 2 || top === second) return values.map(() => false);
  const common = [...counts].find(([, n]) => n === top)?.[0];
  return values.map((v) => v !== null && v !== common);
}
