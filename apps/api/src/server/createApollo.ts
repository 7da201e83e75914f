import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLFormattedError } from "graphql";
import type { Context } from "../context.js";
import { httpCaching, type HttpCachePolicy } from "../http/httpCache.js";
import { resolvers } from "../resolvers/index.js";
import { costLimit } from "./costLimit.js";
import { withListBudget } from "./listBudget.js";
import type { CostModel } from "./estimateCost.js";
import { resolverProblems } from "../schema/checkResolvers.js";
import { typeDefs } from "../schema/typeDefs.js";

export interface ApolloOptions {
  /** Development mode: stack traces in errors and field suggestions. Off unless asked for. */
  development?: boolean;
  /** Validator and lifetime of responses that depend only on the data; none when absent. */
  cache?: HttpCachePolicy;
}

/** Limits on what one operation may ask; generous for real clients, fatal for abuse. */
export const LIMITS = {
  depth: 12,
  aliases: 15,
  directives: 20,
  tokens: 3000,
  cost: 50_000,
  /** `ask` and `search` per operation: each reads and ranks text, the rest only walks the graph. */
  expensive: 2,
  listArgument: 100,
  /** List items one operation may resolve, and its time limit in milliseconds. */
  items: 10_000,
  ms: 3_000,
} as const;

/**
 * How the cost of an operation is estimated: a list without `first` is taken to hold 10 items (the
 * longest lists of the data, an entity's facts, hold about that many), and `ask` and `search` weigh
 * as much as the fields of a large answer.
 */
export const COST_MODEL: CostModel = {
  listSize: 10,
  weights: { "Query.ask": 200, "Query.search": 200, "Query.compatibilityMatrix": 200 },
  expensive: new Set(["Query.ask", "Query.search"]),
};

export function buildSchema() {
  const schema = buildSubgraphSchema({ typeDefs: typeDefs(), resolvers: resolvers as never });
  const problems = resolverProblems(schema, resolvers as unknown as Record<string, Record<string, unknown>>);
  if (problems.length > 0) throw new Error(`schema and resolvers disagree:\n${problems.join("\n")}`);
  return withListBudget(schema);
}

export function createApollo(opts: ApolloOptions = {}): ApolloServer<Context> {
  const development = opts.development ?? false;
  const armor = new ApolloArmor({
    // Fields count, not fragments: clients that colocate fragments would otherwise hit the
    // limit at a real depth of five.
    maxDepth: { n: LIMITS.depth, flattenFragments: true },
    maxAliases: { n: LIMITS.aliases },
    maxDirectives: { n: LIMITS.directives },
    // Armor counts tokens in a plugin hook, where any syntax error becomes a 500; graphql-js
    // counts them while parsing (parseOptions below), so a flood is a parse failure: 400.
    maxTokens: { enabled: false },
    // Armor multiplies only by a literal `first`: costLimit below also reads variables, defaults
    // and list arguments.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !development },
  });
  const protection = armor.protect();
  const plugins: ApolloServerPlugin<Context>[] = [...(protection.plugins as ApolloServerPlugin<Context>[])];
  // The landing page is served by our own HTTP layer (offline console in development).
  plugins.push(
    costLimit(COST_MODEL, {
      maxCost: LIMITS.cost,
      maxExpensive: LIMITS.expensive,
      maxListArgument: LIMITS.listArgument,
      costPerRequest: 1_000,
    }),
  );
  plugins.push(ApolloServerPluginLandingPageDisabled());
  // Federated tracing is for Apollo's hosted studio, which this offline service does not use.
  plugins.push(ApolloServerPluginInlineTraceDisabled());
  // Per-field cache hints would cost a hook on every resolved field of every answer; what may be
  // cached is known per operation (httpCaching), since all of it depends only on the data.
  plugins.push(ApolloServerPluginCacheControlDisabled());
  if (opts.cache) plugins.push(httpCaching<Context>(opts.cache));
  return new ApolloServer<Context>({
    schema: buildSchema(),
    plugins,
    validationRules: protection.validationRules,
    parseOptions: { maxLexicalTokens: LIMITS.tokens },
    allowBatchedHttpRequests: false,
    // main.ts stops the HTTP server, then Apollo, then the feedback store. Apollo's own handler
    // would stop it first and leave ours awaiting a stop with nothing keeping the process alive.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: development,
    formatError: (formatted: GraphQLFormattedError) => maskInternal(formatted, development),
  });
}

/** Outside development, an unexpected error says only that it happened: no internals leak. */
export function maskInternal(e: GraphQLFormattedError, development: boolean): GraphQLFormattedError {
  if (development) return e;
  // Suggestions ("Did you mean the enum value …?") describe the schema to whoever probes it.
  if (/Did you mean/.test(e.message)) return { ...e, message: e.message.replace(/\s*Did you mean[^]*$/, "") };
  if (e.extensions?.code !== "INTERNAL_SERVER_ERROR") return e;
  return {
    message: "Internal server error",
    extensions: { code: "INTERNAL_SERVER_ERROR" },
    ...(e.path ? { path: e.path } : {}),
  };
}
