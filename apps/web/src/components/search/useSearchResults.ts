"use client";

import { useEffect, useState } from "react";
import type { Locale } from "@/i18n/locales";
import type { SearchResult } from "@/lib/searchResults";

export type SearchStatus = "idle" | "loading" | "done" | "error";

interface State {
  query: string;
  status: SearchStatus;
  results: SearchResult[];
}

const DEBOUNCE_MS = 140;

/**
 * Search results for what is typed, fetched through the web app's /api/search after a short pause.
 * A newer query cancels the older request; while it loads, the previous results stay on screen.
 */
export function useSearchResults(
  query: string,
  locale: Locale,
  first = 8,
): { status: SearchStatus; results: SearchResult[] } {
  const [state, setState] = useState<State>({ query: "", status: "idle", results: [] });
  const q = query.trim();

  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ q, locale, first: String(first) });
        const response = await fetch(`/api/search?${params}`, { signal: controller.signal });
        if (!response.ok) throw new Error(`search: HTTP ${response.status}`);
        const body = (await response.json()) as { results: SearchResult[] };
        setState({ query: q, status: "done", results: body.results });
      } catch {
        if (!controller.signal.aborted) setState({ query: q, status: "error", results: [] });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, locale, first]);

  if (!q) return { status: "idle", results: [] };
  if (state.query !== q) return { status: "loading", results: state.results };
  return { status: state.status, results: state.results };
}
