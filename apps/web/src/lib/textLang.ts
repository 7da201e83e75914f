import type { Locale } from "@/i18n/locales";

const HAN = /\p{Script=Han}/u;

/**
 * The `lang` a name needs on a page of `locale`, judged from its script: a Chinese name on an
 * English page is "zh", a Latin-only name on a Chinese page is "en"; undefined when it is in the
 * page's language already. The data gives aliases no language, but their script tells this much.
 */
export function langOfName(name: string, locale: Locale): string | undefined {
  const chinese = HAN.test(name);
  const page = locale === "en" ? "en" : "zh";
  if (chinese && page === "en") return "zh";
  if (!chinese && page === "zh" && /\p{L}/u.test(name)) return "en";
  return undefined;
}
