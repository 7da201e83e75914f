import { request } from "node:http";
import { getIntrospectionQuery } from "graphql";
import { describe, expect, it } from "vitest";
import { get, postJson, send, type Reply, type Send } from "../test/http.js";
import { LIMITS } from "../server/createApollo.js";
import { useServer } from "../test/useServer.js";

const api = useServer();

const STATS = "{ stats { entities dataVersion } }";

describe("health", () => {
  it("answers 200 with the data version", async () => {
    const r = await send(api.port, { path: "/health" });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ status: "ok", dataVersion: expect.stringMatching(/^[0-9a-f]+$/) });
  });
});

describe("queries", () => {
  it("answers a POST", async () => {
    const r = await postJson(api.port, {
      query: "query Q($slug: String!) { entity(slug: $slug) { name } }",
      variables: { slug: "hyper-v" },
      operationName: "Q",
    });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^application\/json/);
    expect(r.json).toEqual({ data: { entity: { name: "Hyper-V" } } });
  });

  it("answers a GET, with variables", async () => {
    const r = await get(api.port, {
      query: "query Q($q: String!) { search(query: $q, first: 1) { entity { slug } } }",
      variables: JSON.stringify({ q: "hyperv" }),
    });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ data: { search: [{ entity: { slug: "hyper-v" } }] } });
  });

  it("answers in the media type the client accepts", async () => {
    const r = await postJson(api.port, { query: STATS }, { accept: "application/graphql-response+json" });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
  });

  it("answers the full introspection query that tools send, within the limits", async () => {
    const r = await postJson(api.port, { query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }) });
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    expect(r.json?.data).toMatchObject({ __schema: { queryType: { name: "Query" } } });
  });

  it("counts depth in fields, not in fragments, as clients that colocate fragments write them", async () => {
    const colocated = `query { ask(question: "What is Hyper-V?") { ...AnswerView } }
      fragment AnswerView on Answer { text ...Entities ...Facts }
      fragment Entities on Answer { entities { ...EntityCard } }
      fragment EntityCard on Entity { slug ...EntityName ... on OperatingSystem { editions { id } } }
      fragment EntityName on Entity { name ...Kind }
      fragment Kind on Entity { kind ...Since }
      fragment Since on Entity { since }
      fragment Facts on Answer { facts { ...FactView } }
      fragment FactView on Fact { text ...FactSources }
      fragment FactSources on Fact { sources { ...SourceView } }
      fragment SourceView on Source { title ...SourceUrl }
      fragment SourceUrl on Source { url }`;
    const r = await postJson(api.port, { query: colocated });
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    expect(r.json?.data).toMatchObject({
      ask: { entities: expect.arrayContaining([expect.objectContaining({ slug: "hyper-v", kind: "HYPERVISOR" })]) },
    });
    // The same depth, eleven fields, inline and through fragments.
    for (const q of [nested(3), nestedFragments(4)]) expect((await postJson(api.port, { query: q })).status).toBe(200);
  });

  it("lets a browser preflight", async () => {
    const r = await send(api.port, { method: "OPTIONS", headers: { origin: "http://localhost:3000" } });
    expect(r.status).toBe(204);
    expect(r.headers.get("access-control-allow-methods")).toMatch(/POST/);
  });
});

/** A document of `n` aliased fields, `n` directives or `n` levels, sized to go past a limit. */
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { entities }`).join(" ")} }`;
const directives = (n: number) => `{ stats { ${"entities @include(if: true) ".repeat(n)}} }`;
function nested(levels: number): string {
  let inner = "slug";
  for (let i = 0; i < levels; i++) inner = `relations(first: 1) { nodes { entity { ${inner} } } }`;
  return `{ entity(slug: "hyper-v") { ${inner} } }`;
}
function nestedFragments(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Entity { slug }`
      : `fragment F${i} on Entity { relations(first: 1) { nodes { entity { ...F${i + 1} } } } }`,
  );
  return `{ entity(slug: "hyper-v") { ...F0 } } ${fragments.join(" ")}`;
}

/** Each fragment spreads the next twice: 2^levels fields once expanded, in a small document. */
function fanOut(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Query { stats { entities } }`
      : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
  );
  return `{ ...F0 } ${fragments.join(" ")}`;
}

/** Past the depth limit the depth rule refuses it, whatever else (the cost rule) does too. */
const depthRefused = (r: Reply) => {
  const messages = (r.json?.errors ?? []).map((e) => e.message).join("\n");
  expect(messages).toMatch(new RegExp(`depth limit of ${LIMITS.depth} exceeded`));
  expect(r.json?.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
};

interface Hostile {
  name: string;
  request: Send;
  /** The status it must get: a 4xx, or 200 with a clear answer. */
  status: number;
  /** What the first error's message must say, if the request is refused. */
  error?: RegExp;
  check?: (r: Reply) => void;
}

const json = (payload: unknown, headers: Record<string, string> = {}): Send => ({
  body: JSON.stringify(payload),
  headers: { "content-type": "application/json", ...headers },
});
const query = (q: string, variables?: unknown) =>
  json(variables === undefined ? { query: q } : { query: q, variables });

const HOSTILE: Hostile[] = [
  {
    name: "cyclic fragments",
    request: query("{ ...A } fragment A on Query { ...B } fragment B on Query { stats { entities } ...A }"),
    status: 400,
    error: /Cannot spread fragment "A" within itself/,
  },
  {
    name: "a self-spreading fragment on an entity",
    request: query(`{ entity(slug: "hyper-v") { ...E } } fragment E on Entity { slug ...E }`),
    status: 400,
    error: /within itself/,
  },
  { name: "a query nested past the depth limit", request: query(nested(4)), status: 400, check: depthRefused },
  { name: "a query nested far past it", request: query(nested(40)), status: 400, check: depthRefused },
  {
    name: "fragments nested past the depth limit",
    request: query(nestedFragments(5)),
    status: 400,
    check: depthRefused,
  },
  { name: "fragments nested far past it", request: query(nestedFragments(40)), status: 400, check: depthRefused },
  {
    name: "fragments that fan out exponentially",
    request: query(fanOut(40)),
    status: 400,
    error: /Cost limit of \d+ exceeded/,
  },
  { name: "150 aliases", request: query(aliases(150)), status: 400, error: /alias/i },
  { name: "many directives", request: query(directives(LIMITS.directives * 3)), status: 400, error: /directive/i },
  {
    name: "a token flood under the character limit",
    request: query(`{ ${"a ".repeat(4_900)}}`),
    status: 400,
    error: /tokens/,
    check: (r) => expect(r.json?.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED"),
  },
  {
    name: "a character flood",
    request: query(`{ stats { entities } } #${"x".repeat(20_000)}`),
    status: 400,
    error: /limit is 10000/,
  },
  {
    name: "a character flood by GET",
    request: { path: `/graphql?query=${encodeURIComponent(`{ stats { entities } } #${"x".repeat(11_000)}`)}` },
    status: 400,
    error: /limit is 10000/,
  },
  {
    name: "a 3 MB body",
    request: json({ query: STATS, variables: { pad: "x".repeat(3 * 1024 * 1024) } }),
    status: 413,
    error: /larger than/,
  },
  {
    name: "a JSON batch",
    request: {
      body: JSON.stringify([{ query: STATS }, { query: STATS }]),
      headers: { "content-type": "application/json" },
    },
    status: 400,
    error: /batching/i,
  },
  {
    name: "malformed JSON",
    request: { body: '{"query": "{ stats { entities } }"', headers: { "content-type": "application/json" } },
    status: 400,
    error: /not valid JSON/,
  },
  { name: "an empty JSON body", request: { body: "", headers: { "content-type": "application/json" } }, status: 400 },
  {
    name: "a text/plain POST (CSRF)",
    request: { body: JSON.stringify({ query: STATS }), headers: { "content-type": "text/plain" } },
    status: 400,
    error: /Cross-Site Request Forgery/,
  },
  {
    name: "a form POST (CSRF)",
    request: {
      body: `query=${encodeURIComponent(STATS)}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    },
    status: 400,
    error: /Cross-Site Request Forgery/,
  },
  {
    name: "a GET with no preflight header (CSRF)",
    request: { path: `/graphql?query=${encodeURIComponent(STATS)}` },
    status: 400,
    error: /Cross-Site Request Forgery/,
  },
  {
    name: "a mutation by GET",
    request: {
      path: `/graphql?query=${encodeURIComponent('mutation { submitFeedback(input: { question: "q", helpful: true }) { id } }')}`,
      headers: { "apollo-require-preflight": "true" },
    },
    status: 405,
    error: /only support query/,
  },
  {
    name: "a variable of the wrong type",
    request: query("query Q($s: String!) { entity(slug: $s) { slug } }", { s: 42 }),
    status: 400,
    error: /String cannot represent/,
  },
  {
    name: "a missing variable",
    request: query("query Q($s: String!) { entity(slug: $s) { slug } }", {}),
    status: 400,
    error: /was not provided/,
  },
  {
    name: "variables that are not an object",
    request: query("query Q($s: String!) { entity(slug: $s) { slug } }", "hyper-v"),
    status: 400,
    error: /variables/,
  },
  {
    name: "variables that are not JSON, by GET",
    request: {
      path: `/graphql?query=${encodeURIComponent("query Q($s: String!) { entity(slug: $s) { slug } }")}&variables=%7Bnope`,
      headers: { "apollo-require-preflight": "true" },
    },
    status: 400,
    error: /variables/,
  },
  {
    name: "a POST of application/graphql",
    request: { body: STATS, headers: { "content-type": "application/graphql" } },
    status: 400,
    error: /POST body missing/,
  },
  {
    name: "a query that is not a string",
    request: json({ query: { stats: true } }),
    status: 400,
  },
  {
    name: "an undeclared variable",
    request: query("{ entity(slug: $s) { slug } }", { s: "hyper-v" }),
    status: 400,
    error: /not defined/,
  },
  {
    name: "null bytes in arguments",
    request: query(
      `query Q($s: String!, $q: String!) {
        entity(slug: $s) { slug } search(query: $q, first: 3) { score } ask(question: $q) { status }
        node(id: $id) { id }
      }`.replace("$q: String!", "$q: String!, $id: ID!"),
      { s: "hyper-v\u0000", q: "\u0000docker\u0000 on windows", id: "RW50aXR5Omh5cGVyLXY\u0000" },
    ),
    status: 200,
    check: (r) =>
      expect(r.json).toMatchObject({ data: { entity: null, node: null, ask: { status: expect.any(String) } } }),
  },
  {
    name: "a null byte in the document's string",
    request: query(`{ entity(slug: "hyper-v\u0000") { slug } }`),
    status: 200,
    check: (r) => expect(r.json).toEqual({ data: { entity: null } }),
  },
  {
    name: "a null byte in the document outside a string",
    request: query(`{ entity(slug: "hyper-v") { slug \u0000 } }`),
    status: 400,
    error: /Syntax Error: Unexpected character/,
  },
  {
    name: "emoji and right-to-left text in arguments",
    request: query(
      `query Q($s: String!, $q: String!, $rtl: String!) {
        entity(slug: $s) { slug } search(query: $q, first: 3) { score } a: ask(question: $rtl) { status language }
      }`,
      {
        s: "🐳",
        q: "🐳 docker 👩🏽‍💻 on windows ‮ 01 swodniw",
        rtl: "هل يمكنني تشغيل Docker على Windows 10؟ מה זה Hyper-V?",
      },
    ),
    status: 200,
    check: (r) => {
      expect(r.json?.errors).toBeUndefined();
      expect(r.json).toMatchObject({ data: { entity: null, a: { status: expect.any(String) } } });
    },
  },
  {
    name: "an unknown field",
    request: query('{ entty(slug: "hyper-v") { slug } stats { entitie } }'),
    status: 400,
    error: /Cannot query field "entty"/,
    check: (r) => expect(r.text).not.toMatch(/Did you mean/),
  },
  {
    name: "an unknown argument",
    request: query('{ entity(slugg: "hyper-v") { slug } }'),
    status: 400,
    error: /Unknown argument/,
    check: (r) => expect(r.text).not.toMatch(/Did you mean/),
  },
  { name: "an unknown path", request: { path: "/graphiql" }, status: 404, error: /No such path/ },
  { name: "a path under /graphql", request: { path: "/graphql/../etc/passwd" }, status: 404 },
  { name: "PUT", request: { method: "PUT", body: JSON.stringify({ query: STATS }) }, status: 405, error: /PUT/ },
  { name: "DELETE", request: { method: "DELETE" }, status: 405, error: /DELETE/ },
  { name: "PATCH", request: { method: "PATCH", body: "{}" }, status: 405 },
];

describe("hostile requests", () => {
  it.each(HOSTILE.map((h) => [h.name, h] as const))("refuses %s quickly, and stays up", async (_, h) => {
    const r = await send(api.port, h.request);
    expect(r.ms, "answered within a second").toBeLessThan(1_000);
    expect(r.status, r.text.slice(0, 300)).toBe(h.status);
    expect(r.json, "a JSON body").toBeDefined();
    if (h.status >= 400) {
      expect(r.json!.errors?.length, "an error that says why").toBeGreaterThan(0);
      expect(r.headers.get("content-type")).toMatch(/json/);
    }
    if (h.error) expect(r.json!.errors?.[0]?.message).toMatch(h.error);
    h.check?.(r);
    // Outside development, no error carries a stack trace.
    expect(r.text).not.toMatch(/stacktrace|\\n\s+at /);
    for (const e of r.json?.errors ?? []) expect(e.extensions?.stacktrace).toBeUndefined();
    expect((await send(api.port, { path: "/health" })).status).toBe(200);
  });

  it("refuses a 3 MB body sent in chunks, with no length declared, without reading it all", async () => {
    const t0 = performance.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({
        host: "127.0.0.1",
        port: api.port,
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      // The server may close the connection while the rest is still on its way.
      req.on("error", (e: NodeJS.ErrnoException) => {
        if (e.code !== "ECONNRESET" && e.code !== "EPIPE") reject(e);
      });
      const chunk = "x".repeat(64 * 1024);
      req.write('{"query": "');
      let sent = 0;
      const pump = () => {
        while (sent < 3 * 1024 * 1024 && !req.destroyed) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        if (!req.destroyed) req.end('"}');
      };
      pump();
    });
    expect(status).toBe(413);
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect((await send(api.port, { path: "/health" })).status).toBe(200);
  });

  it("answers a 3 MB POST with a 413 the client can read, every time, not a connection reset", async () => {
    const body = JSON.stringify({ query: STATS, variables: { pad: "x".repeat(3 * 1024 * 1024) } });
    for (let i = 0; i < 5; i++) {
      const r = await send(api.port, { body, headers: { "content-type": "application/json" } });
      expect(r.status).toBe(413);
      expect(r.json?.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    }
  });

  it("still answers real queries after all of them", async () => {
    const r = await postJson(api.port, { query: STATS });
    expect(r.status).toBe(200);
    expect(r.json?.data).toMatchObject({ stats: { entities: expect.any(Number) } });
  });
});

describe("development mode", () => {
  const dev = useServer({ development: true });

  it("suggests fields and serves the offline console, which production does not", async () => {
    const r = await postJson(dev.port, { query: '{ entty(slug: "hyper-v") { slug } }' });
    expect(r.status).toBe(400);
    expect(r.json?.errors?.[0]?.message).toMatch(/Did you mean "entity"/);
    const page = await send(dev.port, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const prod = await send(api.port, { headers: { accept: "text/html" } });
    expect(prod.headers.get("content-type")).not.toMatch(/text\/html/);
  });
});
