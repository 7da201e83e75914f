import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postJson, send } from "../test/http.js";
import { spawnApi } from "../test/spawnApi.js";
import { startServer, type RunningServer } from "../server/startServer.js";
import { FeedbackStore } from "./FeedbackStore.js";
import { formatReport } from "./formatReport.js";

const SUBMIT = `mutation Submit($input: FeedbackInput!) { submitFeedback(input: $input) { id receivedAt } }`;
const ASK = `query Ask($q: String!, $h: [String!]) { ask(question: $q, history: $h) { status } }`;

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "feedback-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const submit = (port: number, input: Record<string, unknown>, headers: Record<string, string> = {}) =>
  postJson(port, { query: SUBMIT, variables: { input } }, headers);

const errorOf = (r: Awaited<ReturnType<typeof postJson>>) => r.json?.errors?.[0];

describe("submitFeedback", () => {
  let server: RunningServer;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    server = await startServer({ port: 0, host: "127.0.0.1", dataDir: dir, feedbackPerMinute: 5 });
  });
  afterAll(() => server.stop());

  it("stores a judgement and answers with a receipt", async () => {
    const r = await submit(server.port, {
      question: "Can I run Docker on Windows 7?",
      history: ["What is Docker Toolbox?"],
      helpful: false,
      comment: "It did not say which version of Toolbox.",
      status: "ANSWERED",
      verdict: "PARTLY",
      dataVersion: "abc123",
      language: "ZH_HANT",
    });
    expect(r.status).toBe(200);
    const receipt = (r.json?.data as { submitFeedback: { id: string; receivedAt: string } }).submitFeedback;
    expect(receipt.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs(Date.parse(receipt.receivedAt) - Date.now())).toBeLessThan(10_000);
    const store = new FeedbackStore(dir);
    try {
      expect(store.downvoted()).toEqual([
        expect.objectContaining({
          question: "Can I run Docker on Windows 7?",
          history: ["What is Docker Toolbox?"],
          comment: "It did not say which version of Toolbox.",
          verdict: "PARTLY",
          language: "zh-Hant",
          receivedAt: receipt.receivedAt,
        }),
      ]);
    } finally {
      store.close();
    }
  });

  it.each([
    [
      "question",
      { question: "x".repeat(2_001), helpful: true },
      /"input\.question" is 2001 characters long; the limit is 2000/,
    ],
    ["question", { question: "   ", helpful: true }, /"input\.question" is empty/],
    ["history", { question: "q", helpful: true, history: Array(21).fill("h") }, /"input\.history" has 21 turns/],
    [
      "history[1]",
      { question: "q", helpful: true, history: ["h", "h".repeat(2_100)] },
      /"input\.history\[1\]" is 2100/,
    ],
    ["comment", { question: "q", helpful: false, comment: "c".repeat(1_001) }, /"input\.comment" is 1001 .* 1000/],
    ["dataVersion", { question: "q", helpful: false, dataVersion: "v".repeat(65) }, /"input\.dataVersion"/],
  ])("refuses a bad %s with BAD_USER_INPUT naming it", async (_, input, message) => {
    const r = await submit(server.port, input);
    expect(errorOf(r)).toMatchObject({
      message: expect.stringMatching(message),
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("refuses a missing or mistyped field before it reaches the store", async () => {
    const r = await submit(server.port, { question: "q", helpful: "yes", status: "MAYBE" });
    expect(r.status).toBe(400);
    expect(errorOf(r)?.message).toMatch(/helpful|status/);
    expect(r.text).not.toMatch(/Did you mean/);
  });

  it("keeps CSRF prevention: a text/plain or form POST of the mutation is refused", async () => {
    const body = JSON.stringify({ query: SUBMIT, variables: { input: { question: "q", helpful: true } } });
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      const r = await send(server.port, { body, headers: { "content-type": type } });
      expect(r.status).toBe(400);
      expect(errorOf(r)?.message).toMatch(/Cross-Site Request Forgery/);
    }
    const byGet = await send(server.port, {
      path: `/graphql?query=${encodeURIComponent('mutation { submitFeedback(input: {question: "q", helpful: true}) { id } }')}`,
      headers: { "apollo-require-preflight": "true" },
    });
    expect(byGet.status).toBe(405);
  });

  it("keeps the depth, alias and cost limits on mutations", async () => {
    const many = Array.from({ length: 30 }, (_, i) => `a${i}: submitFeedback(input: $input) { id }`).join(" ");
    const aliased = await postJson(server.port, {
      query: `mutation M($input: FeedbackInput!) { ${many} }`,
      variables: { input: { question: "q", helpful: true } },
    });
    expect(aliased.status).toBe(400);
    expect(errorOf(aliased)?.message).toMatch(/alias/i);
  });

  it("rate-limits one client, and says how long to wait", async () => {
    const limited = await startServer({ port: 0, host: "127.0.0.1", dataDir: tempDir(), feedbackPerMinute: 3 });
    try {
      const codes: unknown[] = [];
      for (let i = 0; i < 5; i++)
        codes.push(errorOf(await submit(limited.port, { question: `q${i}`, helpful: true }))?.extensions?.code);
      expect(codes).toEqual([undefined, undefined, undefined, "RATE_LIMITED", "RATE_LIMITED"]);
      const r = await submit(limited.port, { question: "q", helpful: true });
      expect(errorOf(r)?.message).toMatch(/try again in \d+ s/);
    } finally {
      await limited.stop();
    }
  });
});

describe("unanswered questions", () => {
  it("are logged with question, history, data version and time, never the reader's address", async () => {
    const dir = tempDir();
    const server = await startServer({ port: 0, host: "127.0.0.1", dataDir: dir });
    const off = "What is the best pizza topping in Naples?";
    try {
      for (let i = 0; i < 3; i++) await postJson(server.port, { query: ASK, variables: { q: off, h: ["hello"] } });
      const answered = await postJson(server.port, { query: ASK, variables: { q: "What is Hyper-V?" } });
      expect(answered.json?.data).toEqual({ ask: { status: "ANSWERED" } });
      const r = await postJson(server.port, { query: ASK, variables: { q: off } });
      expect(r.json?.data).toEqual({ ask: { status: "NOT_FOUND" } });
    } finally {
      await server.stop();
    }
    const store = new FeedbackStore(dir);
    try {
      const top = store.topUnanswered();
      expect(top).toEqual([{ question: off, count: 4, lastAskedAt: expect.any(String) }]);
      expect(store.counts().unanswered).toBe(4);
      const report = formatReport(top, store.downvoted(), dir);
      expect(report).toMatch(new RegExp(`\\s4\\s+${off.replace(/\?/g, "\\?")}`));
    } finally {
      store.close();
    }
  });
});

describe("durability", () => {
  it("loses nothing when the server restarts, even just after answering", async () => {
    const dir = tempDir();
    const first = await spawnApi({ DATA_DIR: dir, FEEDBACK_PER_MINUTE: "1000" });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const r = await submit(first.port, { question: `restart ${i}`, helpful: i % 2 === 0 });
      ids.push((r.json?.data as { submitFeedback: { id: string } }).submitFeedback.id);
    }
    await postJson(first.port, { query: ASK, variables: { q: "Who won the 1998 football world cup?" } });
    // SIGKILL: no shutdown hook runs, so each receipt must already be on disk.
    first.child.kill("SIGKILL");
    await first.exited;
    const second = await spawnApi({ DATA_DIR: dir });
    try {
      const store = new FeedbackStore(dir);
      try {
        expect(store.counts().feedback).toBe(20);
        expect(
          store
            .downvoted(100)
            .map((d) => d.question)
            .sort(),
        ).toEqual(Array.from({ length: 10 }, (_, i) => `restart ${2 * i + 1}`).sort());
      } finally {
        store.close();
      }
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  }, 60_000);

  it("flushes logged questions on a clean stop", async () => {
    const dir = tempDir();
    const api = await spawnApi({ DATA_DIR: dir });
    await postJson(api.port, { query: ASK, variables: { q: "How tall is Mount Everest?" } });
    api.child.kill("SIGTERM");
    expect(await api.exited).toBe(0);
    const store = new FeedbackStore(dir);
    try {
      expect(store.topUnanswered().map((q) => q.question)).toEqual(["How tall is Mount Everest?"]);
    } finally {
      store.close();
    }
  });

  it("loses nothing when two processes write at once", async () => {
    const dir = tempDir();
    // Room for the whole burst: this test is about the store, not load shedding.
    const env = { DATA_DIR: dir, FEEDBACK_PER_MINUTE: "10000", MAX_IN_FLIGHT: "1000" };
    const [a, b] = await Promise.all([spawnApi(env), spawnApi(env)]);
    try {
      const perProcess = 100;
      const burst = (port: number, tag: string) =>
        Promise.all(
          Array.from({ length: perProcess }, (_, i) =>
            // A hundred at once queue behind each other on a busy machine: this test is about
            // what the store keeps, so it waits as long as they take.
            send(port, {
              body: JSON.stringify({
                query: SUBMIT,
                variables: { input: { question: `${tag} ${i}`, helpful: false, comment: "concurrent" } },
              }),
              headers: { "content-type": "application/json" },
              timeoutMs: 40_000,
            }),
          ),
        );
      const replies = (await Promise.all([burst(a.port, "a"), burst(b.port, "b")])).flat();
      // Every reply a receipt: a refusal of any kind (a 408 is plain text, no GraphQL error) is
      // a question the store was never given, which the count below would blame on the store.
      expect(replies.filter((r) => r.status !== 200 || r.json?.errors).map((r) => `${r.status} ${r.text}`)).toEqual([]);
      const store = new FeedbackStore(dir);
      try {
        const questions = new Set(store.downvoted(1_000).map((d) => d.question));
        expect(questions.size).toBe(2 * perProcess);
      } finally {
        store.close();
      }
    } finally {
      a.child.kill("SIGTERM");
      b.child.kill("SIGTERM");
      await Promise.all([a.exited, b.exited]);
    }
  }, 60_000);
});
