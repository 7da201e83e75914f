import type { ApiErrorKind } from "@/graphql/errors";
import type { Answer } from "@/graphql/operations/ask";

export type AskResult = { ok: true; answer: Answer } | { ok: false; kind: ApiErrorKind };

/** Asks through the web app's /api/ask (the browser never talks to the API directly). */
export async function askViaApp(question: string, history: readonly string[]): Promise<AskResult> {
  try {
    const response = await fetch("/api/ask", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question, history }),
      signal: AbortSignal.timeout(12_000),
    });
    const body = (await response.json()) as { answer?: Answer; error?: ApiErrorKind };
    if (response.ok && body.answer) return { ok: true, answer: body.answer };
    return { ok: false, kind: body.error ?? "unavailable" };
  } catch (error) {
    return { ok: false, kind: error instanceof Error && error.name === "TimeoutError" ? "timeout" : "unavailable" };
  }
}
