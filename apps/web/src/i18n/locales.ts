import type { Language } from "@/graphql/generated";

/** The locales the site is written in; each is the first segment of every path. */
export const LOCALES = ["en", "zh-Hans", "zh-Hant"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The API's name for each locale's language and script: its Language enum, generated from its schema. */
export type ApiLanguage = Language;

const API_LANGUAGE: Record<Locale, ApiLanguage> = { en: "EN", "zh-Hans": "ZH_HANS", "zh-Hant": "ZH_HANT" };
const BY_API_LANGUAGE: Record<ApiLanguage, Locale> = { EN: "en", ZH_HANS: "zh-Hans", ZH_HANT: "zh-Hant" };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The locale a path segment names, matched without regard to case ("zh-hant" → "zh-Hant"). */
export function localeFromSegment(segment: string): Locale | null {
  const lower = segment.toLowerCase();
  return LOCALES.find((l) => l.toLowerCase() === lower) ?? null;
}

export function apiLanguage(locale: Locale): ApiLanguage {
  return API_LANGUAGE[locale];
}

export function localeOfApiLanguage(language: ApiLanguage): Locale {
  return BY_API_LANGUAGE[language];
}

/** The locale for one BCP 47 tag, or null when the site has no such language. */
export function localeForTag(tag: string): Locale | null {
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  if (parts[0] === "en") return "en";
  if (parts[0] !== "zh") return null;
  const rest = parts.slice(1);
  if (rest.includes("hant") || rest.some((p) => p === "tw" || p === "hk" || p === "mo")) return "zh-Hant";
  return "zh-Hans";
}

/**
 * The best locale for an Accept-Language header: the supported language with the highest weight,
 * English when none is supported. zh-TW, zh-HK, zh-MO and zh-Hant read Traditional Chinese;
 * every other Chinese tag reads Simplified.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranges = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number.parseFloat(qParam.slice(2)) : 1;
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.tag !== "" && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    const locale = localeForTag(range.tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
