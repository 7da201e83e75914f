import { beforeAll, describe, expect, it } from "vitest";
import { get, postJson } from "../test/http.js";
import { startServer } from "../server/startServer.js";
import { useServer } from "../test/useServer.js";
import { matchesEtag, onlyReads } from "./httpCache.js";

const ASK = "query Ask($q: String!) { ask(question: $q) { status text } }";
const ask = (q: string) => ({ query: ASK, variables: JSON.stringify({ q }) });

const server = useServer();
let dataVersion: string;

beforeAll(async () => {
  const health = (await (await fetch(`http://127.0.0.1:${server.port}/health`)).json()) as { dataVersion: string };
  dataVersion = health.dataVersion;
});

describe("HTTP caching of responses that depend only on the data", () => {
  it("gives a GET query a lifetime and a tag from the data version, and the same tag to every query", async () => {
    const first = await get(server.port, ask("Can I run Docker on Windows 7?"));
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(new RegExp(`^"${dataVersion}-[A-Za-z0-9_-]+"$`));
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    expect(first.headers.get("vary")).toMatch(/accept/i);
    const other = await get(server.port, { query: "{ stats { entities } }" });
    expect(other.headers.get("etag")).toBe(etag);
  });

  it("answers a conditional GET with 304 and no body while the data is what it was", async () => {
    const params = ask("What is Hyper-V?");
    const etag = (await get(server.port, params)).headers.get("etag")!;
    const again = await get(server.port, params, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("public, max-age=300");
    // A weak form of the tag and a list of tags are honoured too, as caches send them.
    expect((await get(server.port, params, { "if-none-match": `"x", W/${etag}` })).status).toBe(304);
  });

  it("answers in full when the client holds another version", async () => {
    const stale = await get(server.port, ask("What is Hyper-V?"), { "if-none-match": '"0000-old"' });
    expect(stale.status).toBe(200);
    expect(stale.json?.data).toMatchObject({ ask: { status: expect.any(String) } });
  });

  it("tags a POST query without letting shared caches store it", async () => {
    const reply = await postJson(server.port, { query: "{ stats { entities } }" });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("etag")).toMatch(new RegExp(`^"${dataVersion}-`));
    expect(reply.headers.get("cache-control")).toBe("no-cache");
  });

  it("never lets errors or mutations be stored, and never answers 304 for them", async () => {
    const bad = await get(server.port, { query: '{ entity(slug: "hyper-v") { nope } }' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("etag")).toBeNull();
    const badInput = await postJson(server.port, { query: '{ ask(question: "") { text } }' });
    expect(badInput.json?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(badInput.headers.get("cache-control")).toBe("no-store");
    expect(badInput.headers.get("etag")).toBeNull();
    const mutation = await postJson(server.port, {
      query: 'mutation { submitFeedback(input: { question: "q", helpful: true }) { id } }',
    });
    expect(mutation.headers.get("cache-control")).toBe("no-store");
    expect(mutation.headers.get("etag")).toBeNull();
    const etag = (await get(server.port, { query: "{ __typename }" })).headers.get("etag")!;
    const getMutation = await get(server.port, { query: "mutation { __typename }" }, { "if-none-match": etag });
    expect(getMutation.status).not.toBe(304);
    expect((await fetch(`http://127.0.0.1:${server.port}/health`)).headers.get("cache-control")).toBe("no-store");
  });

  it("gives two servers of one release the same tag, so replicas honour each other's validators", async () => {
    const second = await startServer({ port: 0, host: "127.0.0.1" });
    try {
      const a = (await get(server.port, { query: "{ __typename }" })).headers.get("etag");
      const b = (await get(second.port, { query: "{ __typename }" })).headers.get("etag");
      expect(b).toBe(a);
    } finally {
      await second.stop();
    }
  });
});

describe("the conditional request's parts", () => {
  it("compares If-None-Match as RFC 9110 does", () => {
    expect(matchesEtag('"a"', '"a"')).toBe(true);
    expect(matchesEtag('W/"a"', '"a"')).toBe(true);
    expect(matchesEtag('"b", "a"', '"a"')).toBe(true);
    expect(matchesEtag("*", '"a"')).toBe(true);
    expect(matchesEtag('"b"', '"a"')).toBe(false);
    expect(matchesEtag(undefined, '"a"')).toBe(false);
  });

  it("knows a read from a write or from what does not parse", () => {
    expect(onlyReads("{ stats { entities } }")).toBe(true);
    expect(onlyReads("query A { __typename } fragment F on Query { __typename }")).toBe(true);
    expect(onlyReads("mutation { __typename }")).toBe(false);
    expect(onlyReads("query A { __typename } mutation B { __typename }")).toBe(false);
    expect(onlyReads("{ unclosed")).toBe(false);
    expect(onlyReads(null)).toBe(false);
  });
});
