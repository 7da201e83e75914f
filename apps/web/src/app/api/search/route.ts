import { NextResponse, type NextRequest } from "next/server";
import { search } from "@/data/search";
import { ApiError } from "@/graphql/errors";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";

export const dynamic = "force-dynamic";

/** The search box's way to the API: GET ?q=&locale=&first= → {results}. */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  // The API searches at most 200 characters (after NFKC); the box never needs more.
  const q = (params.get("q") ?? "").normalize("NFKC").slice(0, 200);
  const localeParam = params.get("locale") ?? "";
  const locale = isLocale(localeParam) ? localeParam : DEFAULT_LOCALE;
  const first = Math.min(Math.max(Number.parseInt(params.get("first") ?? "8", 10) || 8, 1), 20);
  try {
    const results = await search(q, locale, first);
    return NextResponse.json({ results }, { headers: { "cache-control": "private, max-age=30" } });
  } catch (error) {
    const kind = error instanceof ApiError ? error.kind : "unavailable";
    return NextResponse.json({ error: kind }, { status: kind === "timeout" ? 504 : 502 });
  }
}
