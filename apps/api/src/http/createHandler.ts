import type { ApolloServer, HTTPGraphQLRequest } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Context } from "../context.js";
import { CONSOLE_HTML } from "./console.js";
import { ExecutionBudget } from "../server/ExecutionBudget.js";
import { clientKey } from "./clientKey.js";
import { LoadShedder } from "./LoadShedder.js";
import type { RateLimiter } from "./RateLimiter.js";
import { BodyTooLarge, readBody } from "./readBody.js";
import { matchesEtag, notModifiedHeaders, onlyReads, type HttpCachePolicy } from "./httpCache.js";

export interface HandlerOptions {
  apollo: ApolloServer<Context>;
  context: Context;
  development: boolean;
  bodyLimit: number;
  /** Longest query document accepted, in characters. */
  queryCharLimit: number;
  rateLimiter: RateLimiter | null;
  /** Peers whose X-Forwarded-For names the client (the web app, a load balancer). */
  trustedProxies: ReadonlySet<string>;
  /** What one operation may resolve: list items and milliseconds. */
  budget: { items: number; ms: number };
  /** GraphQL requests taken per event-loop turn and in flight at most; past it, 503 at once. */
  maxInFlight: number;
  /** Whether the process is still taking requests (false while shutting down). */
  isReady: () => boolean;
  /** How responses that depend only on the data are cached; absent, nothing is. */
  cache?: HttpCachePolicy;
}

const JSON_TYPE = "application/json; charset=utf-8";

/** A GraphQL-shaped error body, so every client can read every refusal the same way. */
function refuse(
  res: ServerResponse,
  status: number,
  message: string,
  code: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": JSON_TYPE, ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * The HTTP layer in front of Apollo: health, limits that must act before parsing (body size,
 * query length, rate), the offline console, and the hand-over to Apollo for GraphQL itself.
 */
export function createHandler(o: HandlerOptions) {
  const shedder = new LoadShedder(o.maxInFlight);
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    res.setHeader("access-control-allow-origin", "*");
    res.setHeader("x-content-type-options", "nosniff");
    if (url.pathname === "/health") {
      const ready = o.isReady();
      res.writeHead(ready ? 200 : 503, { "content-type": JSON_TYPE, "cache-control": "no-store" });
      res.end(JSON.stringify({ status: ready ? "ok" : "shutting down", dataVersion: o.context.graph.dataVersion }));
      return;
    }
    if (url.pathname !== "/graphql")
      return refuse(res, 404, `No such path: ${url.pathname}. GraphQL is served at /graphql.`, "NOT_FOUND");
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": "GET, POST, OPTIONS",
        "access-control-allow-headers": "content-type, apollo-require-preflight, x-apollo-operation-name",
        "access-control-max-age": "86400",
      });
      res.end();
      return;
    }
    if (req.method !== "GET" && req.method !== "POST") {
      return refuse(res, 405, `Method ${req.method} is not allowed: use GET or POST.`, "METHOD_NOT_ALLOWED", {
        allow: "GET, POST",
      });
    }
    // Far past capacity, a quick refusal beats a queue that grows without bound: the client can
    // retry, and the requests already accepted keep their latency.
    if (!shedder.admit()) {
      return refuse(res, 503, "The server is busy: try again in a second.", "OVERLOADED", { "retry-after": "1" });
    }
    res.once("close", () => shedder.done());
    const client = clientKey(req.socket.remoteAddress, req.headers["x-forwarded-for"], o.trustedProxies);
    if (o.rateLimiter) {
      const wait = o.rateLimiter.check(client);
      if (wait !== null)
        return refuse(res, 429, `Too many requests: try again in ${wait} s.`, "RATE_LIMITED", {
          "retry-after": String(wait),
        });
    }
    const accept = String(req.headers.accept ?? "");
    if (req.method === "GET" && o.development && accept.includes("text/html") && !url.searchParams.has("query")) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(CONSOLE_HTML);
      return;
    }

    // A cache revalidating a query it holds: the data and the code are what they were, so the
    // answer is too, and there is nothing to run.
    if (
      o.cache &&
      req.method === "GET" &&
      matchesEtag(req.headers["if-none-match"], o.cache.etag) &&
      onlyReads(url.searchParams.get("query"))
    ) {
      res.writeHead(304, notModifiedHeaders(o.cache));
      res.end();
      return;
    }

    let body: unknown = undefined;
    if (req.method === "POST") {
      let raw: string;
      try {
        raw = await readBody(req, o.bodyLimit);
      } catch (e) {
        if (e instanceof BodyTooLarge) {
          return refuse(
            res,
            413,
            `The request body is larger than ${Math.round(o.bodyLimit / 1024)} KB.`,
            "PAYLOAD_TOO_LARGE",
            e.drained ? {} : { connection: "close" },
          );
        }
        return refuse(res, 400, "The request body could not be read.", "BAD_REQUEST");
      }
      const type = String(req.headers["content-type"] ?? "").toLowerCase();
      if (type.startsWith("application/json") || type.startsWith("application/graphql-response+json")) {
        try {
          body = raw === "" ? undefined : JSON.parse(raw);
        } catch {
          return refuse(res, 400, "The request body is not valid JSON.", "BAD_REQUEST");
        }
      } else {
        body = raw;
      }
    }
    const query =
      req.method === "GET" ? url.searchParams.get("query") : (body as { query?: unknown } | undefined)?.query;
    if (typeof query === "string" && query.length > o.queryCharLimit) {
      return refuse(
        res,
        400,
        `The query is ${query.length} characters long; the limit is ${o.queryCharLimit}.`,
        "QUERY_TOO_LONG",
      );
    }

    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method, headers, search: url.search, body };
    const result = await o.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => ({
        ...o.context,
        client,
        budget: new ExecutionBudget(o.budget.items, o.budget.ms),
        ...(o.rateLimiter ? { charge: (units: number) => o.rateLimiter!.charge(client, units) } : {}),
      }),
    });
    const out: Record<string, string> = {};
    for (const [k, v] of result.headers) out[k] = v;
    res.writeHead(result.status ?? 200, out);
    if (result.body.kind === "complete") {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return handle;
}
