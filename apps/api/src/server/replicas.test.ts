import type { ApolloServer } from "@apollo/server";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { marketSubgraph, serve, serveGateway } from "../test/federation.js";
import { postJson } from "../test/http.js";
import { spawnApi, type ApiProcess } from "../test/spawnApi.js";

// Two API processes behind a round-robin load balancer, composed by @apollo/gateway with a second
// subgraph: the deployment docs/scaling.md describes, on one machine.

const NOTE = "Ships with Windows Pro and Server.";

const ASK = `query Ask($question: String!, $history: [String!]) {
  ask(question: $question, history: $history) {
    status verdict text language followUps
    entities { slug name }
    facts { id text sources { url domain } }
  }
}`;
const QUESTIONS: { question: string; history?: string[] }[] = [
  { question: "Can I run Docker on Windows 7?" },
  { question: "win7 能用 docker 吗?" },
  { question: "Windows 10 家用版可以跑 Docker 嗎？" },
  { question: "What is Hyper-V?" },
  { question: "And on Windows 11?", history: ["Can I run Docker on Windows 7?"] },
  { question: "When did Docker Desktop start using WSL 2?" },
];

/** The load balancer: each request goes to the next replica in turn, as an L7 balancer would send it. */
async function roundRobin(ports: number[]): Promise<{ server: Server; served: number[]; port: () => number }> {
  const served = ports.map(() => 0);
  let next = 0;
  const server = createServer((req, res) => {
    const i = next++ % ports.length;
    served[i]! += 1;
    const upstream = request(
      { host: "127.0.0.1", port: ports[i], path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, served, port: () => (server.address() as AddressInfo).port };
}

let replicas: ApiProcess[] = [];
let dirs: string[] = [];
let balancer: Awaited<ReturnType<typeof roundRobin>>;
let market: ApolloServer;
let gateway: ApolloServer;
let gatewayPort: number;

beforeAll(async () => {
  dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), "replica-")));
  replicas = await Promise.all(dirs.map((dir) => spawnApi({ DATA_DIR: dir, ANSWER_CACHE_SIZE: "0" })));
  balancer = await roundRobin(replicas.map((r) => r.port));
  market = marketSubgraph({ "hyper-v": NOTE });
  ({ gateway, port: gatewayPort } = await serveGateway([
    { name: "kb", url: `http://127.0.0.1:${balancer.port()}/graphql` },
    { name: "market", url: await serve(market) },
  ]));
}, 90_000);

afterAll(async () => {
  await gateway?.stop();
  await market?.stop();
  balancer?.server.close();
  for (const r of replicas) {
    r.child.kill("SIGTERM");
    await r.exited;
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("two replicas behind a load balancer, composed into a supergraph", () => {
  it("gives the same answers from either replica and through the gateway", async () => {
    const before = [...balancer.served];
    for (const variables of QUESTIONS) {
      const direct = await Promise.all(replicas.map((r) => postJson(r.port, { query: ASK, variables })));
      for (const d of direct) expect(d.json?.errors, d.text).toBeUndefined();
      expect(direct[1]!.json?.data).toEqual(direct[0]!.json?.data);
      // Twice through the gateway, so that round-robin sends the question to each replica once.
      for (let i = 0; i < 2; i++) {
        const viaGateway = await postJson(gatewayPort, { query: ASK, variables });
        expect(viaGateway.json?.errors, viaGateway.text).toBeUndefined();
        expect(viaGateway.json?.data).toEqual(direct[0]!.json?.data);
      }
    }
    const served = balancer.served.map((n, i) => n - before[i]!);
    expect(served.every((n) => n >= QUESTIONS.length)).toBe(true);
  }, 60_000);

  it("answers one query across the replicas and the other subgraph", async () => {
    for (let i = 0; i < 2; i++) {
      const r = await postJson(gatewayPort, {
        query: '{ entity(slug: "hyper-v") { slug kind ... on Hypervisor { marketNote } } marketNotes { slug name } }',
      });
      expect(r.json?.errors, r.text).toBeUndefined();
      expect(r.json?.data).toEqual({
        entity: { slug: "hyper-v", kind: "HYPERVISOR", marketNote: NOTE },
        marketNotes: [{ slug: "hyper-v", name: "Hyper-V" }],
      });
    }
  });

  it("has both replicas tag responses alike, so a cache's validator holds whichever answers", async () => {
    const tags = await Promise.all(
      replicas.map(async (r) => {
        const res = await fetch(`http://127.0.0.1:${r.port}/graphql?query=%7B__typename%7D`, {
          headers: { "apollo-require-preflight": "true" },
        });
        return res.headers.get("etag");
      }),
    );
    expect(tags[0]).toMatch(/^".+"$/);
    expect(tags[1]).toBe(tags[0]);
    const revalidated = await fetch(`http://127.0.0.1:${balancer.port()}/graphql?query=%7B__typename%7D`, {
      headers: { "apollo-require-preflight": "true", "if-none-match": tags[0]! },
    });
    expect(revalidated.status).toBe(304);
  });
});
