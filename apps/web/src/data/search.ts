import { execute } from "@/graphql/client";
import { SearchDocument } from "@/graphql/operations/search";
import { apiLanguage, type Locale } from "@/i18n/locales";
import { toSearchResults, type SearchResult } from "@/lib/searchResults";

export const MAX_SEARCH_QUERY = 100;

export async function search(query: string, locale: Locale, first = 8): Promise<SearchResult[]> {
  const q = query.trim().slice(0, MAX_SEARCH_QUERY);
  if (!q) return [];
  const data = await execute(SearchDocument, { query: q, first, language: apiLanguage(locale) }, { timeoutMs: 4000 });
  return toSearchResults(data.search);
}
