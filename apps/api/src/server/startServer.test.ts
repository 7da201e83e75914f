import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { postJson, send } from "../test/http.js";
import { optionsFromEnv, startServer } from "./startServer.js";

const STATS = { query: "{ stats { entities } }" };

describe("rate limit", () => {
  it("refuses the request past the limit with 429 and Retry-After, and never limits /health", async () => {
    const server = await startServer({ port: 0, host: "127.0.0.1", rateLimitPerMinute: 3 });
    try {
      for (let i = 0; i < 3; i++) expect((await postJson(server.port, STATS)).status).toBe(200);
      const limited = await postJson(server.port, STATS);
      expect(limited.status).toBe(429);
      const retryAfter = Number(limited.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(limited.json?.errors?.[0]).toMatchObject({
        message: expect.stringContaining(`${retryAfter} s`),
        extensions: { code: "RATE_LIMITED" },
      });
      expect((await send(server.port, { path: "/graphql?query=%7B__typename%7D" })).status).toBe(429);
      expect((await send(server.port, { path: "/health" })).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("is off unless configured: a server started from the default environment limits no client", async () => {
    expect(optionsFromEnv({}).rateLimitPerMinute).toBe(0);
    expect(optionsFromEnv({ RATE_LIMIT_PER_MINUTE: "60" }).rateLimitPerMinute).toBe(60);
    // What `npm start` gets with nothing set, but on a free port and without a data directory.
    const server = await startServer({
      ...optionsFromEnv({ API_PORT: "0", API_HOST: "127.0.0.1" }),
      dataDir: undefined,
    });
    try {
      // Readers behind the web app all arrive from its address: a burst of 150 (more than any
      // per-minute default would allow them together) is answered, and load shedding, not a
      // quota, is what refuses a flood.
      const replies = await Promise.all(
        Array.from({ length: 150 }, (_, i) =>
          postJson(server.port, STATS, { "x-forwarded-for": `203.0.113.${i % 250}` }),
        ),
      );
      expect(replies.filter((r) => r.status === 429)).toEqual([]);
      expect(replies.every((r) => r.status === 200 || r.status === 503)).toBe(true);
      expect(replies.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(64);
    } finally {
      await server.stop();
    }
  });
});

describe("graceful shutdown", () => {
  it("finishes the request in flight, refuses new connections, then resolves", async () => {
    const server = await startServer({ port: 0, host: "127.0.0.1" });
    const body = JSON.stringify({
      query: 'query { ask(question: "Can I run Docker on Windows 10 Home?") { status } }',
    });
    const arrived = new Promise((resolve) => server.server.once("request", resolve));
    // A slow client: the headers and half the body now, the rest once the server is stopping.
    const req = request({
      host: "127.0.0.1",
      port: server.port,
      method: "POST",
      path: "/graphql",
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on("response", (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", reject);
    });
    req.write(body.slice(0, 20));
    await arrived;

    let stopped = false;
    const stopping = server.stop().then(() => {
      stopped = true;
    });
    await expect(send(server.port, { path: "/health" })).rejects.toThrow();
    expect(stopped).toBe(false);

    req.end(body.slice(20));
    const res = await response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ data: { ask: { status: "ANSWERED" } } });
    const t0 = performance.now();
    await stopping;
    expect(stopped).toBe(true);
    expect(performance.now() - t0, "stopped without waiting for keep-alive to time out").toBeLessThan(2_000);
  });

  it("stops at once when nothing is in flight, even with idle keep-alive connections", async () => {
    const server = await startServer({ port: 0, host: "127.0.0.1" });
    expect((await postJson(server.port, STATS)).status).toBe(200);
    const t0 = performance.now();
    await server.stop();
    expect(performance.now() - t0).toBeLessThan(2_000);
    await expect(send(server.port, { path: "/health" })).rejects.toThrow();
  });
});
