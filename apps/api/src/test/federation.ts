import { ApolloGateway, IntrospectAndCompose } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse, type DocumentNode } from "graphql";

/** A subgraph as another team would write it: it adds a note to some hypervisors. */
const MARKET_SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])

  type Hypervisor @key(fields: "slug") {
    slug: String!
    marketNote: String
  }

  type Query {
    marketNotes: [Hypervisor!]!
  }
`);

/** Another team's subgraph, with its own resolvers. */
export function subgraph(typeDefs: DocumentNode, resolvers: Record<string, Record<string, unknown>>): ApolloServer {
  return new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
}

/** The market subgraph: `marketNotes` lists the hypervisors noted, in the order given. */
export function marketSubgraph(notes: Readonly<Record<string, string>>): ApolloServer {
  const hypervisor = (slug: string) => ({ slug, marketNote: notes[slug] ?? null });
  return subgraph(MARKET_SDL, {
    Query: { marketNotes: () => Object.keys(notes).map(hypervisor) },
    Hypervisor: { __resolveReference: (ref: { slug: string }) => hypervisor(ref.slug) },
  });
}

/** Serves a subgraph or a gateway on a free port of the loopback; its URL. */
export async function serve(server: ApolloServer): Promise<string> {
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return url;
}

/** A gateway that composes the subgraphs from their SDL, as Apollo Router would, served on a free port. */
export async function serveGateway(
  subgraphs: { name: string; url: string }[],
): Promise<{ gateway: ApolloServer; port: number }> {
  const gateway = new ApolloServer({
    gateway: new ApolloGateway({ supergraphSdl: new IntrospectAndCompose({ subgraphs }) }),
  });
  return { gateway, port: Number(new URL(await serve(gateway)).port) };
}
