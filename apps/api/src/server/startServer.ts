import { createAnswerEngine, type AnswerEngine } from "@dockerwin/answers";
import { loadGraph, SearchIndex, type Graph } from "@dockerwin/kb";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Context } from "../context.js";
import { createHandler } from "../http/createHandler.js";
import { contentVersion } from "../http/contentVersion.js";
import { etagOf } from "../http/httpCache.js";
import { trustedProxies } from "../http/clientKey.js";
import { RateLimiter } from "../http/RateLimiter.js";
import { createApollo, LIMITS } from "./createApollo.js";
import { cachedEngine } from "../answerCache.js";
import type { Feedback } from "../feedback/Feedback.js";
import { FeedbackStore } from "../feedback/FeedbackStore.js";
import { UnansweredLog } from "../feedback/UnansweredLog.js";

export interface ServerOptions {
  port?: number;
  host?: string;
  development?: boolean;
  /** Requests per minute per client; 0 or undefined turns the limit off. */
  rateLimitPerMinute?: number;
  bodyLimit?: number;
  /** How many answers to remember; 0 turns the cache off. */
  answerCache?: number;
  /** Where feedback and unanswered questions are stored; undefined keeps none. */
  dataDir?: string;
  /** Feedback judgements per client per minute. */
  feedbackPerMinute?: number;
  /** Peers whose X-Forwarded-For is believed, such as the web app's address. */
  trustedProxies?: string;
  /** GraphQL requests handled at once; past it, 503 at once. */
  maxInFlight?: number;
  /** Open connections at most; past it new ones are closed at once. */
  maxConnections?: number;
  /** Seconds a cache may keep a GET query's response (default 300). */
  cacheMaxAge?: number;
  /** What one operation may resolve (list items) and how long it may run (ms). */
  budget?: { items: number; ms: number };
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  /** Stops taking requests, lets those in flight finish, then resolves. */
  stop: () => Promise<void>;
}

/** Options from the environment, as the README documents them. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  return {
    port: Number(env.API_PORT ?? env.PORT ?? 4000),
    host: env.API_HOST ?? "0.0.0.0",
    development: env.NODE_ENV === "development",
    rateLimitPerMinute: Number(env.RATE_LIMIT_PER_MINUTE ?? 0),
    answerCache: Number(env.ANSWER_CACHE_SIZE ?? 2_000),
    dataDir: env.DATA_DIR ?? "./var",
    feedbackPerMinute: Number(env.FEEDBACK_PER_MINUTE ?? 10),
    ...(env.TRUSTED_PROXIES ? { trustedProxies: env.TRUSTED_PROXIES } : {}),
    ...(env.MAX_IN_FLIGHT ? { maxInFlight: Number(env.MAX_IN_FLIGHT) } : {}),
    ...(env.MAX_CONNECTIONS ? { maxConnections: Number(env.MAX_CONNECTIONS) } : {}),
  };
}

/**
 * The answer engine and the search index of a graph, built once per graph: both are pure functions
 * of the immutable data, so every server of one process (the tests start dozens) can share them.
 */
const indexes = new WeakMap<Graph, { engine: AnswerEngine; search: SearchIndex }>();
function indexesOf(graph: Graph): { engine: AnswerEngine; search: SearchIndex } {
  let built = indexes.get(graph);
  if (!built) {
    built = { engine: createAnswerEngine(graph), search: new SearchIndex(graph) };
    indexes.set(graph, built);
  }
  return built;
}

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const graph = loadGraph();
  const { engine, search } = indexesOf(graph);
  const feedback = opts.dataDir ? openFeedback(opts.dataDir, opts.feedbackPerMinute ?? 10) : undefined;
  const context: Context = {
    graph,
    search,
    answers: opts.answerCache === 0 ? engine : cachedEngine(engine, opts.answerCache),
    ...(feedback ? { feedback } : {}),
  };
  const development = opts.development ?? false;
  const cache = { etag: etagOf(contentVersion(graph.dataVersion)), maxAge: opts.cacheMaxAge ?? 300 };
  const apollo = createApollo({ development, cache });
  await apollo.start();
  let ready = true;
  const rateLimiter = opts.rateLimitPerMinute ? new RateLimiter(opts.rateLimitPerMinute) : null;
  const handler = createHandler({
    apollo,
    context,
    development,
    bodyLimit: opts.bodyLimit ?? 100 * 1024,
    queryCharLimit: 10_000,
    rateLimiter,
    trustedProxies: trustedProxies(opts.trustedProxies),
    maxInFlight: opts.maxInFlight ?? 64,
    budget: opts.budget ?? { items: LIMITS.items, ms: LIMITS.ms },
    isReady: () => ready,
    cache,
  });
  // While stopping, every response closes its connection: on keep-alive, stop() would wait
  // for the client or keepAliveTimeout to let go, and the client could send more requests.
  const unanswered = new Set<ServerResponse>();
  // connectionsCheckingInterval is how often Node enforces the timeouts below: at its default of
  // 30 s a slow client held its connection for ~33 s whatever they said.
  const server = createServer({ connectionsCheckingInterval: 500 }, (req, res) => {
    if (!ready) res.setHeader("connection", "close");
    unanswered.add(res);
    res.on("close", () => unanswered.delete(res));
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
        }),
      );
    });
  });
  // A slow client cannot hold a connection open forever.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 5_000;
  server.maxConnections = opts.maxConnections ?? 4_096;
  await new Promise<void>((resolve) => server.listen(opts.port ?? 4000, opts.host ?? "0.0.0.0", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    server,
    stop: async () => {
      ready = false;
      for (const res of unanswered) if (!res.headersSent) res.setHeader("connection", "close");
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
      rateLimiter?.dispose();
      if (feedback) {
        feedback.unanswered.flush();
        feedback.limiter.dispose();
        feedback.store.close();
      }
    },
  };
}

function openFeedback(dataDir: string, perMinute: number): Feedback {
  const store = new FeedbackStore(dataDir);
  return { store, unanswered: new UnansweredLog(store), limiter: new RateLimiter(perMinute) };
}
