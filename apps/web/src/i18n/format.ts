import type { Locale } from "./locales";

export type Plural = { one: string; other: string };

/** Fills `{name}` placeholders; unknown ones stay as they are. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** Picks the plural form for `count` and fills `{count}`. */
export function plural(locale: Locale, count: number, forms: Plural, values: Record<string, string | number> = {}) {
  const rule = new Intl.PluralRules(locale).select(count);
  return format(rule === "one" ? forms.one : forms.other, { ...values, count: formatNumber(locale, count) });
}

export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

/**
 * A date of the API (YYYY, YYYY-MM or YYYY-MM-DD) as people write it in the locale, only as
 * precise as the date is: "2014" / "May 1999" / "15 October 2014"; "1999年5月" in Chinese.
 */
export function formatDate(locale: Locale, iso: string, style: "long" | "short" = "long"): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  const month = style === "long" ? "long" : "short";
  const options: Intl.DateTimeFormatOptions = d
    ? { year: "numeric", month, day: "numeric", timeZone: "UTC" }
    : mo
      ? { year: "numeric", month, timeZone: "UTC" }
      : { year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, options).format(date);
}

/** A list joined as the locale does: "a, b and c" / "a、b和c". */
export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}
