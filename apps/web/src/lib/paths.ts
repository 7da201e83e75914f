import type { Locale } from "@/i18n/locales";
import { eventAnchor, factAnchor } from "./ids";

export function entityHref(locale: Locale, slug: string, factId?: string): string {
  return `/${locale}/entities/${encodeURIComponent(slug)}${factId ? `#${factAnchor(factId)}` : ""}`;
}

export function eventHref(locale: Locale, eventId: string): string {
  return `/${locale}/timeline#${eventAnchor(eventId)}`;
}

export function compareHref(locale: Locale, slugs: readonly string[], onlyDifferences = false): string {
  const params = new URLSearchParams();
  if (slugs.length > 0) params.set("items", slugs.join(","));
  if (onlyDifferences) params.set("diff", "1");
  const query = params.toString().replace(/%2C/g, ",");
  return `/${locale}/compare${query ? `?${query}` : ""}`;
}

/** The same page in another locale: the first path segment swapped, the rest kept. */
export function switchLocalePath(pathname: string, search: string, to: Locale): string {
  const rest = pathname.replace(/^\/[^/]*/, "");
  return `/${to}${rest}${search ? (search.startsWith("?") ? search : `?${search}`) : ""}`;
}
