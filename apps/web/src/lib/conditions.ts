import type { RelationConditions } from "@/graphql/operations/entity";
import { format, formatDate } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";

/** When a relation holds, as short phrases: "editions: Pro, Enterprise", "x64 only", "since May 2020". */
export function conditionPhrases(c: RelationConditions | null, locale: Locale, t: Messages): string[] {
  if (!c) return [];
  const w = t.entity.conditions;
  const out: string[] = [];
  if (c.editions && c.editions.length > 0) {
    const names = c.editions.map((id) => t.entity.editionNames[id] ?? id);
    out.push(format(w.editions, { list: names.join(t.common.and) }));
  }
  if (c.minBuild !== null) out.push(format(w.minBuild, { build: c.minBuild }));
  if (c.arch) out.push(format(w.arch, { arch: c.arch }));
  if (c.from) out.push(format(w.from, { date: formatDate(locale, c.from) }));
  if (c.until) out.push(format(w.until, { date: formatDate(locale, c.until) }));
  return out;
}
