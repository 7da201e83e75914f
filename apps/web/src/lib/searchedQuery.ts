/**
 * The query of the search results page, handed by the proxy to the layout in a request header
 * (a layout is not given the address's query), so that the header's search box shows what was
 * searched for when the page is first rendered, JavaScript or not.
 */
export const SEARCHED_HEADER = "x-searched-query";

/** As long as the box takes. */
const MAX_LENGTH = 100;

/** The header's value for a request to `rest` (the path after the locale), or null. */
export function searchedHeaderValue(rest: readonly string[], params: URLSearchParams): string | null {
  if (rest.length !== 1 || rest[0] !== "search") return null;
  const q = params.get("q")?.trim().slice(0, MAX_LENGTH);
  // Header values are bytes: the query travels percent-encoded.
  return q ? encodeURIComponent(q) : null;
}

/** The query the header carries, or "" (none, or not one the proxy wrote). */
export function searchedQuery(value: string | null): string {
  if (!value) return "";
  try {
    return decodeURIComponent(value).slice(0, MAX_LENGTH);
  } catch {
    return "";
  }
}
