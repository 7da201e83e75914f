import { describe, expect, it } from "vitest";
import { postJson, type Reply } from "../test/http.js";
import { LIMITS } from "./createApollo.js";
import { startServer } from "./startServer.js";
import { useServer } from "../test/useServer.js";

const server = useServer();

const run = (query: string, variables?: Record<string, unknown>) =>
  postJson(server.port, variables ? { query, variables } : { query });

/** Refused before it ran: a 400 at once, with a message that says why. */
function refused(r: Reply, message: RegExp, code = "COST_LIMIT_EXCEEDED") {
  expect(r.status, r.text.slice(0, 300)).toBe(400);
  expect(r.ms, "refused at once, not after running").toBeLessThan(500);
  expect(r.json?.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code } });
  expect(r.text.length).toBeLessThan(2_000);
}

/** An entity's relations walked `levels` deep, each level with the schema's default `first` (50). */
function walk(levels: number, first = ""): string {
  let inner = "slug name summary";
  for (let i = 0; i < levels; i++) inner = `relations${first} { nodes { type entity { slug ${inner} } } }`;
  return inner;
}

describe("the cost limit counts what an operation would really resolve", () => {
  it("refuses a nested relation walk with `first` omitted (the schema's default, 50, counts)", async () => {
    // 200 bytes that returned 850 KB in 0.33 s when an omitted `first` counted as 1.
    refused(await run(`{ entities(first: 100) { nodes { ${walk(2)} } } }`), /Cost limit of \d+ exceeded/);
  });

  it("refuses the same walk when `first` comes from variables, or from a variable's default", async () => {
    const q = `query Q($n: Int) { entities(first: $n) { nodes { ${walk(2, "(first: $n)")} } } }`;
    refused(await run(q, { n: 100 }), /Cost limit/);
    const byDefault = `query Q($n: Int = 100) { entities(first: $n) { nodes { ${walk(2, "(first: $n)")} } } }`;
    refused(await run(byDefault, {}), /Cost limit/);
  });

  it("still answers the same walk kept small, and pages of real size", async () => {
    const small = await run(`query Q($n: Int) { entity(slug: "hyper-v") { ${walk(2, "(first: $n)")} } }`, { n: 5 });
    expect(small.status, small.text.slice(0, 300)).toBe(200);
    expect(small.json?.errors).toBeUndefined();
    const page = await run(
      `{ entities(first: 100) { totalCount nodes { slug name facts { text sources { url } } } } }`,
    );
    expect(page.status, page.text.slice(0, 300)).toBe(200);
  });

  it("counts each item of `nodes(ids:)` and refuses more than 100 ids before running", async () => {
    const ids = Array.from({ length: 100 }, () => "RW50aXR5Omh5cGVyLXY");
    const heavy = `query N($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { ${walk(2)} } } }`;
    refused(await run(heavy, { ids }), /Cost limit/);
    const many = await run(`query N($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [...ids, ...ids] });
    expect(many.status).toBe(400);
    expect(many.json?.errors?.[0]?.message).toMatch(new RegExp(`limit is ${LIMITS.listArgument}`));
  });

  it("caps `_entities(representations:)`, counting each representation", async () => {
    const q = `query E($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { ${walk(2)} facts { text } } } }`;
    const heavy = Array.from({ length: 8 }, () => ({ __typename: "Hypervisor", slug: "hyper-v" }));
    refused(await run(q, { r: heavy }), /Cost limit/);
    const long = Array.from({ length: 101 }, () => ({ __typename: "Hypervisor", slug: "hyper-v" }));
    refused(
      await run(`query E($r: [_Any!]!) { _entities(representations: $r) { __typename } }`, { r: long }),
      /limit is 100/,
      "BAD_USER_INPUT",
    );
    const one = await run(`query E($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { slug } } }`, {
      r: [{ __typename: "Hypervisor", slug: "hyper-v" }],
    });
    expect(one.json).toEqual({ data: { _entities: [{ slug: "hyper-v" }] } });
  });

  it("answers `_entities` without __typename as the client's mistake: 400, not a 500", async () => {
    const r = await run(`query E($r: [_Any!]!) { _entities(representations: $r) { __typename } }`, {
      r: [{ slug: "hyper-v" }],
    });
    refused(r, /"representations\[0\]" has no "__typename"/, "BAD_USER_INPUT");
    const literal = await run(`{ _entities(representations: [{ slug: "hyper-v" }]) { __typename } }`);
    refused(literal, /__typename/, "BAD_USER_INPUT");
  });

  it("runs ask or search at most twice per operation, aliases included", async () => {
    const searches = Array.from({ length: 15 }, (_, i) => `s${i}: search(query: "hyper-v", first: 1) { score }`);
    refused(await run(`{ ${searches.join(" ")} }`), /at most 2 times; this one runs them 15/);
    const asks = `{ a: ask(question: "What is WSL 2?") { status } b: ask(question: "What is Hyper-V?") { status } c: ask(question: "What is Docker?") { status } }`;
    refused(await run(asks), /at most 2 times/);
    const two = await run(`{ ask(question: "What is WSL 2?") { status } search(query: "wsl", first: 3) { score } }`);
    expect(two.status).toBe(200);
  });

  it("answers `mutation { __typename }` and unknown enum values as a client's request, not a 500", async () => {
    const m = await run("mutation { __typename }");
    expect(m.json).toEqual({ data: { __typename: "Mutation" } });
    const e = await run("{ entities(kind: HYPERVISR) { totalCount } }");
    expect(e.status).toBe(400);
    expect(e.json?.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(e.text, "no enum suggestions outside development").not.toMatch(/Did you mean|HYPERVISOR/);
  });

  it("does not echo a 50 KB argument back", async () => {
    const r = await run(`query C($e: String) { compatibility(os: "windows-10", edition: $e) { verdict } }`, {
      e: "x".repeat(50_000),
    });
    expect(r.json?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.text.length).toBeLessThan(1_000);
  });

  it("sends nosniff on every answer", async () => {
    expect((await run("{ __typename }")).headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("the execution budget", () => {
  it("stops an operation whose lists hold more than its estimate, with a clear error", async () => {
    const tight = await startServer({ port: 0, host: "127.0.0.1", budget: { items: 50, ms: 3_000 } });
    try {
      const r = await postJson(tight.port, { query: "{ entities(first: 100) { nodes { slug } } }" });
      expect(r.json?.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/too many items/),
        extensions: { code: "BUDGET_EXCEEDED" },
      });
      const small = await postJson(tight.port, { query: "{ entities(first: 10) { nodes { slug } } }" });
      expect(small.json?.errors).toBeUndefined();
    } finally {
      await tight.stop();
    }
  });
});
