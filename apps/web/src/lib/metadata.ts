import type { Metadata } from "next";
import { LOCALES, type Locale } from "@/i18n/locales";

/**
 * A page's title and description with its canonical address and its hreflang alternates: the same
 * path and query in every locale, and "/" (which picks the reader's language) as x-default.
 */
export function pageMetadata(
  locale: Locale,
  path: string,
  { title, description, query = "" }: { title?: string; description?: string; query?: string },
): Metadata {
  const suffix = `${path}${query}`;
  const languages: Record<string, string> = {};
  for (const l of LOCALES) languages[l] = `/${l}${suffix}`;
  languages["x-default"] = suffix.startsWith("/") ? suffix : `/${suffix}`;
  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    alternates: { canonical: `/${locale}${suffix}`, languages },
    openGraph: {
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      locale: locale === "en" ? "en" : locale === "zh-Hans" ? "zh_CN" : "zh_TW",
      type: "website",
      url: `/${locale}${suffix}`,
    },
  };
}

/** Cuts text for a meta description at a word or sentence boundary. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const at = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("。"), cut.lastIndexOf(" "));
  return `${(at > max * 0.6 ? cut.slice(0, at + 1) : cut).trim()}…`;
}
