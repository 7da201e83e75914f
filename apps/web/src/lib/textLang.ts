import type { Locale } from "@/i18n/locales";

const HAN = /\p{Script=Han}/u;

/** A name with the language the API judged from its script (null when it has no letters). */
export interface LangName {
  text: string;
  lang: string | null;
}

/**
 * The `lang` a name needs on a page of `locale`; undefined when it is in the page's language
 * already. A name the API gave a language keeps it where it differs from the page's: a Traditional
 * alias on the Simplified page is "zh-Hant", a Chinese alias on an English page "zh-Hans",
 * "zh-Hant" or "zh" (the same in both scripts, which a Chinese page of either script reads as its
 * own). A bare string is judged from its script alone: "zh" on an English page, "en" on a Chinese one.
 */
export function langOfName(name: string | LangName, locale: Locale): string | undefined {
  if (typeof name !== "string") {
    const { lang } = name;
    if (!lang || lang === locale) return undefined;
    if (lang === "zh" && locale !== "en") return undefined;
    return lang;
  }
  const chinese = HAN.test(name);
  const page = locale === "en" ? "en" : "zh";
  if (chinese && page === "en") return "zh";
  if (!chinese && page === "zh" && /\p{L}/u.test(name)) return "en";
  return undefined;
}
