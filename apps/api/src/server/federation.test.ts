import type { ApolloServer } from "@apollo/server";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { marketSubgraph, serve, serveGateway, subgraph } from "../test/federation.js";
import { postJson } from "../test/http.js";
import { startServer, type RunningServer } from "./startServer.js";

/** What the market subgraph says about two hypervisors. */
const NOTES: Record<string, string> = {
  "hyper-v": "Ships with Windows Pro and Server.",
  virtualbox: "Free and open source.",
};

/** Another team's subgraph that adds a field to every entity at once, through the Entity interface. */
const RATINGS_SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@interfaceObject"])

  type Entity @key(fields: "slug") @interfaceObject {
    slug: String!
    stars: Int!
  }

  type Query {
    topRated: Entity
  }
`);
const stars = (slug: string) => ({ slug, stars: slug.length % 5 });

let api: RunningServer;
let market: ApolloServer;
let ratings: ApolloServer;
let gateway: ApolloServer;
let gatewayPort: number;

beforeAll(async () => {
  api = await startServer({ port: 0, host: "127.0.0.1" });
  market = marketSubgraph(NOTES);
  ratings = subgraph(RATINGS_SDL, {
    Query: { topRated: () => stars("docker-toolbox") },
    Entity: { __resolveReference: (ref: { slug: string }) => stars(ref.slug) },
  });
  const [marketUrl, ratingsUrl] = await Promise.all([serve(market), serve(ratings)]);
  ({ gateway, port: gatewayPort } = await serveGateway([
    { name: "kb", url: api.url.replace("localhost", "127.0.0.1") },
    { name: "market", url: marketUrl },
    { name: "ratings", url: ratingsUrl },
  ]));
});

afterAll(async () => {
  await gateway?.stop();
  await market?.stop();
  await ratings?.stop();
  await api?.stop();
});

describe("federation", () => {
  it("composes with another subgraph and answers one query across both", async () => {
    const r = await postJson(gatewayPort, {
      query: `{
        entity(slug: "hyper-v") { slug name(language: ZH_HANT) ... on Hypervisor { marketNote } }
        entities(kind: HYPERVISOR, first: 100) { nodes { slug ... on Hypervisor { marketNote } } }
      }`,
    });
    expect(r.status, r.text).toBe(200);
    expect(r.json?.errors).toBeUndefined();
    const data = r.json?.data as {
      entity: { slug: string; name: string; marketNote: string | null };
      entities: { nodes: { slug: string; marketNote: string | null }[] };
    };
    expect(data.entity).toEqual({ slug: "hyper-v", name: "Hyper-V", marketNote: NOTES["hyper-v"] });
    const virtualbox = data.entities.nodes.find((n) => n.slug === "virtualbox");
    expect(virtualbox?.marketNote).toBe(NOTES.virtualbox);
  });

  it("resolves this subgraph's entities from the other subgraph's references", async () => {
    const r = await postJson(gatewayPort, {
      query: "{ marketNotes { slug marketNote name summary(language: ZH_HANS) kind } }",
    });
    expect(r.json?.errors).toBeUndefined();
    const notes = (r.json?.data as { marketNotes: { slug: string; name: string; summary: string; kind: string }[] })
      .marketNotes;
    expect(notes.map((n) => [n.slug, n.kind])).toEqual([
      ["hyper-v", "HYPERVISOR"],
      ["virtualbox", "HYPERVISOR"],
    ]);
    expect(notes[1]?.name).toBe("Oracle VM VirtualBox");
    expect(notes[0]?.summary).toMatch(/\p{Script=Han}/u);
  });

  it("lets a subgraph extend every entity through the Entity interface", async () => {
    const r = await postJson(gatewayPort, {
      query: `{
        entity(slug: "virtualbox") { stars facts { text } }
        topRated { __typename slug stars name ... on Product { aliases } }
        compare(slugs: ["hyper-v", "docker-desktop"]) { entities { slug stars } }
      }`,
    });
    expect(r.json?.errors, r.text).toBeUndefined();
    expect(r.json?.data).toMatchObject({
      entity: { stars: stars("virtualbox").stars },
      topRated: {
        __typename: "Product",
        slug: "docker-toolbox",
        stars: stars("docker-toolbox").stars,
        name: "Docker Toolbox",
      },
      compare: {
        entities: [
          { slug: "hyper-v", stars: stars("hyper-v").stars },
          { slug: "docker-desktop", stars: stars("docker-desktop").stars },
        ],
      },
    });
  });
});
