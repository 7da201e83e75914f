import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLFormattedError } from "graphql";
import type { Context } from "../context.js";
import { resolvers } from "../resolvers/index.js";
import { resolverProblems } from "../schema/checkResolvers.js";
import { typeDefs } from "../schema/typeDefs.js";

export interface ApolloOptions {
  /** Development mode: stack traces in errors and field suggestions. Off unless asked for. */
  development?: boolean;
}

/** Limits on what one operation may ask; generous for real clients, fatal for abuse. */
export const LIMITS = { depth: 12, aliases: 15, directives: 20, tokens: 3000, cost: 20000 } as const;

export function buildSchema() {
  const schema = buildSubgraphSchema({ typeDefs: typeDefs(), resolvers: resolvers as never });
  const problems = resolverProblems(schema, resolvers as unknown as Record<string, Record<string, unknown>>);
  if (problems.length > 0) throw new Error(`schema and resolvers disagree:\n${problems.join("\n")}`);
  return schema;
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
    costLimit: { maxCost: LIMITS.cost },
    blockFieldSuggestion: { enabled: !development },
  });
  const protection = armor.protect();
  const plugins: ApolloServerPlugin<Context>[] = [...(protection.plugins as ApolloServerPlugin<Context>[])];
  // The landing page is served by our own HTTP layer (offline console in development).
  plugins.push(ApolloServerPluginLandingPageDisabled());
  // Federated tracing is for Apollo's hosted studio, which this offline service does not use.
  plugins.push(ApolloServerPluginInlineTraceDisabled());
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
  if (development || e.extensions?.code !== "INTERNAL_SERVER_ERROR") return e;
  return {
    message: "Internal server error",
    extensions: { code: "INTERNAL_SERVER_ERROR" },
    ...(e.path ? { path: e.path } : {}),
  };
}
