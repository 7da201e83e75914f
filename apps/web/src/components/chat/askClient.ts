import type { ApiErrorKind } from "@/graphql/errors";
import type { Answer } from "@/graphql/operations/ask";
import type { Language } from "@/graphql/types";

export type AskResult = { ok: true; answer: Answer } | { ok: false; kind: ApiErrorKind | "cancelled" };

/** How long the chat waits for the web app's /api/ask before it gives up. */
export const ASK_TIMEOUT_MS = 12_000;

/**
 * Asks through the web app's /api/ask (the browser never talks to the API directly), in the
 * page's language. `signal` cancels it: the reader pressed Cancel, or left the conversation.
 */
export async function askViaApp(
  question: string,
  history: readonly string[],
  language: Language,
  signal?: AbortSignal,
): Promise<AskResult> {
  // The page's own timer rather than AbortSignal.timeout: a browser test's clock can run it.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), ASK_TIMEOUT_MS);
  try {
    const response = await fetch("/api/ask", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question, history, language }),
      signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
    });
    const body = (await response.json()) as { answer?: Answer; error?: ApiErrorKind };
    if (response.ok && body.answer) return { ok: true, answer: body.answer };
    return { ok: false, kind: body.error ?? "unavailable" };
  } catch {
    if (signal?.aborted) return { ok: false, kind: "cancelled" };
    return { ok: false, kind: timeout.signal.aborted ? "timeout" : "unavailable" };
  } finally {
    clearTimeout(timer);
  }
}
