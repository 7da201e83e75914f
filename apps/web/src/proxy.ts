import { NextResponse, type NextRequest } from "next/server";
import { execute } from "./graphql/client";
import { EntityExistsDocument } from "./graphql/operations/entity";
import { apiLanguage, localeFromSegment, negotiateLocale, type Locale } from "./i18n/locales";
import { isSlug } from "./lib/params";
import { SEARCHED_HEADER, searchedHeaderValue } from "./lib/searchedQuery";
import { contentSecurityPolicy, newNonce } from "./lib/securityHeaders";
import { siteUrl } from "./lib/siteUrl";

/** Remembers the reader's last locale, so that "/" brings them back to it. */
export const LOCALE_COOKIE = "locale";

/**
 * Every page lives under a locale. "/" and any path without one are redirected to the reader's
 * locale (their last choice, else their browser's Accept-Language); a locale spelt in another
 * case ("/zh-hant") is redirected to its canonical spelling.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const [, first = "", ...rest] = pathname.split("/");
  const locale = localeFromSegment(first);

  if (locale && locale === first) {
    // Next.js reads the nonce from the request's policy and puts it on every script it renders.
    const csp = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
    const forwarded = new Headers(request.headers);
    forwarded.set("content-security-policy", csp);
    // Only the proxy says what the results page searched for.
    forwarded.delete(SEARCHED_HEADER);
    const searched = searchedHeaderValue(rest, request.nextUrl.searchParams);
    if (searched) forwarded.set(SEARCHED_HEADER, searched);
    const response = (await exists(locale, rest))
      ? NextResponse.next({ request: { headers: forwarded } })
      : NextResponse.rewrite(request.nextUrl, { status: 404, request: { headers: forwarded } });
    response.headers.set("content-security-policy", csp);
    // Only a page the reader opens says which locale they chose: the router's background fetches
    // (prefetches of the old locale's links, answered after a switch) must not overwrite it.
    if (!fetchedByRouter(request) && request.cookies.get(LOCALE_COOKIE)?.value !== locale) {
      response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    }
    return response;
  }

  let path: string;
  if (locale) {
    path = `/${[locale, ...rest].join("/")}`;
  } else {
    const remembered = localeFromSegment(request.cookies.get(LOCALE_COOKIE)?.value ?? "");
    const chosen = remembered ?? negotiateLocale(request.headers.get("accept-language"));
    path = `/${chosen}${pathname === "/" ? "" : pathname}`;
  }
  // The query as it came, commas kept readable (?items=a,b). Next.js needs an absolute Location: it
  // is built on SITE_URL where one is configured (the request's Host is the client's to write),
  // else on the address the request came to, which is all a redirect without SITE_URL can know.
  const base = process.env.SITE_URL ? siteUrl() : request.nextUrl.origin;
  const location = new URL(`${path}${search.replace(/%2C/gi, ",")}`, base).toString();
  return new NextResponse(null, { status: 307, headers: { Location: location, Vary: "Accept-Language, Cookie" } });
}

/**
 * Whether the client router fetched this rather than the reader opening a page. Next.js hides its
 * own router headers from the proxy, so this reads the browser's: a page opened is a "document",
 * the router's prefetches and payloads are "empty".
 */
function fetchedByRouter(request: NextRequest): boolean {
  const dest = request.headers.get("sec-fetch-dest");
  return dest !== null && dest !== "document";
}

/** The sections under a locale that are one page each. */
const SECTIONS = new Set(["", "timeline", "compare", "compatibility", "search"]);

/**
 * Whether a path under a locale names a page. Anything else gets its 404 status here, and the page
 * renders the 404 content itself: a page that calls notFound() is sent as an empty shell that only
 * JavaScript fills in. An entry is looked up in the API; when the API is down, the page says so.
 */
async function exists(locale: Locale, rest: readonly string[]): Promise<boolean> {
  const [section = "", ...more] = rest;
  if (section === "entities" && more.length === 1) {
    const slug = decodeURIComponent(more[0] ?? "");
    if (!isSlug(slug)) return false;
    try {
      const data = await execute(EntityExistsDocument, { slug, language: apiLanguage(locale) });
      return data.entity !== null;
    } catch {
      return true;
    }
  }
  return SECTIONS.has(section) && more.length === 0;
}

export const config = {
  // Everything but Next's own files, the API routes and files with an extension (icons, robots.txt).
  matcher: ["/((?!_next/|api/|.*\\.[a-zA-Z0-9]+$).*)"],
};
