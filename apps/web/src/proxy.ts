import { NextResponse, type NextRequest } from "next/server";
import { localeFromSegment, negotiateLocale } from "./i18n/locales";

/** Remembers the reader's last locale, so that "/" brings them back to it. */
export const LOCALE_COOKIE = "locale";

/**
 * Every page lives under a locale. "/" and any path without one are redirected to the reader's
 * locale (their last choice, else their browser's Accept-Language); a locale spelt in another
 * case ("/zh-hant") is redirected to its canonical spelling.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const [, first = "", ...rest] = pathname.split("/");
  const locale = localeFromSegment(first);

  if (locale && locale === first) {
    const response = NextResponse.next();
    if (request.cookies.get(LOCALE_COOKIE)?.value !== locale) {
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
  // The query as it came, commas kept readable (?items=a,b).
  const location = `${request.nextUrl.origin}${path}${search.replace(/%2C/gi, ",")}`;
  return new NextResponse(null, { status: 307, headers: { Location: location, Vary: "Accept-Language, Cookie" } });
}

export const config = {
  // Everything but Next's own files, the API routes and files with an extension (icons, robots.txt).
  matcher: ["/((?!_next/|api/|.*\\.[a-zA-Z0-9]+$).*)"],
};
