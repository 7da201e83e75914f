import type { TimelineEvent } from "@/graphql/types";

export interface YearGroup {
  year: string;
  events: TimelineEvent[];
}

/** Events grouped by year, in the order they come (oldest first). */
export function groupByYear(events: readonly TimelineEvent[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const e of events) {
    const year = e.date.slice(0, 4);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.events.push(e);
    else groups.push({ year, events: [e] });
  }
  return groups;
}

/** The entities and topics that events mention, and the years they span: the filters' choices. */
export function timelineFacets(events: readonly TimelineEvent[], collator: Intl.Collator) {
  const entities = new Map<string, string>();
  const topics = new Set<string>();
  const years = new Set<string>();
  for (const e of events) {
    for (const x of e.entities) entities.set(x.slug, x.name);
    for (const t of e.topics) topics.add(t);
    years.add(e.date.slice(0, 4));
  }
  return {
    entities: [...entities].map(([slug, name]) => ({ slug, name })).sort((a, b) => collator.compare(a.name, b.name)),
    topics: [...topics].sort(),
    years: [...years].sort(),
  };
}

/** At most this many years share a row of the year index on a desktop screen. */
export const YEARS_PER_ROW = 12;

/**
 * The rows and columns of the year index's grid on a desktop screen, as CSS custom properties
 * (--year-rows, --year-cols): as few rows as hold every year with at most YEARS_PER_ROW to a row,
 * the years spread evenly over them, so that every year is in sight without scrolling sideways.
 */
export function yearGrid(years: number): { "--year-rows": number; "--year-cols": number } {
  const rows = Math.max(1, Math.ceil(years / YEARS_PER_ROW));
  return { "--year-rows": rows, "--year-cols": Math.max(1, Math.ceil(years / rows)) };
}
