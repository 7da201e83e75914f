import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./locales";
import { getMessages, type Messages } from "./messages";

/** The locale of a route's params, or the not-found page for a segment that is not one. */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

export async function i18nOf(params: Promise<{ locale: string }>): Promise<{ locale: Locale; t: Messages }> {
  const locale = await localeOf(params);
  return { locale, t: getMessages(locale) };
}
