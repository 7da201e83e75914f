import type { CompatibilityRow } from "@/graphql/operations/compatibility";
import { format } from "@/i18n/format";
import type { Messages } from "@/i18n/messages";
import { buildRangeParts } from "./builds";

/** A matrix row's name ("Windows 10 Home") and its version range ("1903 to before 22H2"). */
export function rowLabel(
  row: CompatibilityRow,
  t: Messages,
): { name: string; range: string | null; title: string | null } {
  const c = t.compatibility;
  const base = row.edition?.name ?? row.os.name;
  const name = row.arch ? format(c.withArch, { name: base, arch: c.archNames[row.arch] }) : base;
  const { from, to } = buildRangeParts(row.os.releases, row.minBuild, row.maxBuild);
  const v = (p: { version: string | null; build: number }) => p.version ?? format(c.build, { build: p.build });
  if (!from && !to) return { name, range: null, title: null };
  if (from && to) {
    return {
      name,
      range: format(c.range, { from: v(from), to: v(to) }),
      title: format(c.buildsTitle, { from: from.build, to: to.build - 1 }),
    };
  }
  if (from)
    return {
      name,
      range: format(c.andLater, { version: v(from) }),
      title: format(c.buildsFromTitle, { from: from.build }),
    };
  return {
    name,
    range: format(c.before, { version: v(to ?? { version: null, build: 0 }) }),
    title: format(c.buildsBeforeTitle, { to: to?.build ?? 0 }),
  };
}

/** The row in one line, for labels: "Windows 10 Home, 1903 to before 22H2". */
export function rowText(row: CompatibilityRow, t: Messages): string {
  const { name, range } = rowLabel(row, t);
  return range ? `${name}, ${range}` : name;
}
