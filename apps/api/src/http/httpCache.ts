import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, parse } from "graphql";

/**
 * How responses that depend only on the data may be cached. The data is immutable per version and
 * the answers are a pure function of it, so one validator serves every query of one release.
 */
export interface HttpCachePolicy {
  /** A strong entity tag: the data version and the code that answers from it. */
  etag: string;
  /** Seconds a cache may serve a GET response without asking again. */
  maxAge: number;
}

export const etagOf = (contentVersion: string): string => `"${contentVersion}"`;

/** Whether an If-None-Match header names this tag (weak comparison, as RFC 9110 asks for it). */
export function matchesEtag(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const tags = (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(",") : ifNoneMatch).split(",");
  return tags.some((t) => {
    const tag = t.trim();
    return tag === "*" || tag.replace(/^W\//, "") === etag;
  });
}

/**
 * Whether a GET's query only reads: every operation in its document is a query. A document that
 * does not parse is not ours to answer 304 for; Apollo answers it with the error it deserves.
 */
export function onlyReads(query: string | null): boolean {
  if (!query) return false;
  try {
    const doc = parse(query, { maxTokens: 3_000 });
    return doc.definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === "query");
  } catch {
    return false;
  }
}

/** The headers of a 304, which must repeat the validator and the caching rules of the 200. */
export const notModifiedHeaders = (policy: HttpCachePolicy): Record<string, string> => ({
  etag: policy.etag,
  "cache-control": `public, max-age=${policy.maxAge}`,
  vary: "accept",
});

/**
 * Marks what may be cached: a query that succeeded carries the tag, and over GET (a URL a cache
 * can key on) a lifetime; over POST, which shared caches do not store, only `no-cache` with the
 * tag, so a client that keys its own cache by the body can still tell when the data moved on.
 * Mutations and anything with errors (rate limits, time limits, bad input) are never stored.
 */
export function httpCaching<C extends object>(policy: HttpCachePolicy): ApolloServerPlugin<C> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ request, response, operation }) => {
        const headers = response.http.headers;
        const ok =
          operation?.operation === "query" &&
          response.body.kind === "single" &&
          !response.body.singleResult.errors?.length &&
          (response.http.status ?? 200) === 200;
        if (!ok) {
          headers.set("cache-control", "no-store");
          return;
        }
        headers.set("etag", policy.etag);
        headers.set("vary", "accept");
        headers.set("cache-control", request.http?.method === "GET" ? `public, max-age=${policy.maxAge}` : "no-cache");
      },
    }),
  };
}
