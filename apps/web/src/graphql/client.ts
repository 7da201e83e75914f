import type { TypedDocument } from "./document";
import { ApiError } from "./errors";

/** The API's address, from API_URL; read at request time so that one build serves any API. */
export function apiUrl(): string {
  return process.env.API_URL || "http://localhost:4000/graphql";
}

/** How long a page waits for the API before it says the API is too slow. */
export const API_TIMEOUT_MS = 5000;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Runs one operation on the API, on the server, never cached: pages render at request time.
 * Throws an ApiError when the API cannot be reached, is too slow, or rejects the operation.
 */
export async function execute<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  { timeoutMs = API_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(apiUrl(), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ operationName: document.operationName, query: document.source, variables }),
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError" || name === "AbortError") {
      throw new ApiError("timeout", `${document.operationName}: no answer within ${timeoutMs} ms`);
    }
    throw new ApiError(
      "unavailable",
      `${document.operationName}: ${error instanceof Error ? error.message : "fetch failed"}`,
    );
  }

  let body: GraphQLResponse<TData>;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError" || name === "AbortError") {
      throw new ApiError("timeout", `${document.operationName}: the answer did not finish within ${timeoutMs} ms`);
    }
    throw new ApiError("unavailable", `${document.operationName}: HTTP ${response.status} without a JSON body`);
  }

  const errors = body.errors ?? [];
  if (errors.length > 0 || !body.data) {
    const codes = errors.map((e) => e.extensions?.code ?? "UNKNOWN");
    const invalid = codes.some((c) => c === "BAD_USER_INPUT" || c === "GRAPHQL_VALIDATION_FAILED");
    throw new ApiError(
      invalid ? "invalid" : "unavailable",
      `${document.operationName}: ${errors.map((e) => e.message).join("; ") || `HTTP ${response.status}`}`,
      codes,
    );
  }
  return body.data;
}

/** The outcome of a call that a page shows either way. */
export type Loaded<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export async function load<T>(promise: Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await promise };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error };
    throw error;
  }
}
