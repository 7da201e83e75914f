import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { postJson } from "../test/http.js";
import { startServer } from "./startServer.js";

const STATS = { query: "{ stats { entities } }" };

describe("rate limits per client", () => {
  it("behind a trusted proxy, counts each forwarded client apart; from anyone else, ignores the header", async () => {
    const server = await startServer({
      port: 0,
      host: "127.0.0.1",
      rateLimitPerMinute: 2,
      trustedProxies: "127.0.0.1",
    });
    try {
      const as = (ip: string) => postJson(server.port, STATS, { "x-forwarded-for": ip });
      expect([(await as("198.51.100.1")).status, (await as("198.51.100.1")).status]).toEqual([200, 200]);
      expect((await as("198.51.100.1")).status).toBe(429);
      expect((await as("198.51.100.2")).status, "another reader behind the same web app").toBe(200);
      // IPv6 readers share a limit per /64.
      expect((await as("2001:db8:1:2::a")).status).toBe(200);
      expect((await as("2001:db8:1:2::b")).status).toBe(200);
      expect((await as("2001:db8:1:2::c")).status).toBe(429);
    } finally {
      await server.stop();
    }
    const untrusting = await startServer({ port: 0, host: "127.0.0.1", rateLimitPerMinute: 2 });
    try {
      const as = (ip: string) => postJson(untrusting.port, STATS, { "x-forwarded-for": ip });
      await as("198.51.100.1");
      await as("198.51.100.2");
      expect((await as("198.51.100.3")).status, "a client cannot rotate the header to escape").toBe(429);
    } finally {
      await untrusting.stop();
    }
  });

  it("charges an expensive operation as many requests as it costs", async () => {
    const server = await startServer({ port: 0, host: "127.0.0.1", rateLimitPerMinute: 6 });
    try {
      // About 20,000 fields: twenty requests' worth, past the limit of six at once.
      const heavy = { query: "{ entities(first: 100) { nodes { facts { text sources { url title } } } } }" };
      const first = await postJson(server.port, heavy);
      expect(first.status, first.text.slice(0, 200)).toBe(200);
      const next = await postJson(server.port, STATS);
      expect(next.status).toBe(429);
      expect(next.json?.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    } finally {
      await server.stop();
    }
  });
});

describe("connections", () => {
  it("closes connections past MAX_CONNECTIONS at once, and serves the ones it holds", async () => {
    const server = await startServer({ port: 0, host: "127.0.0.1", maxConnections: 2 });
    const open = () =>
      new Promise<Socket>((resolve) => {
        const s = connect(server.port, "127.0.0.1", () => resolve(s));
      });
    try {
      const held = [await open(), await open()];
      const extra = await open();
      const closed = await new Promise<boolean>((resolve) => {
        extra.on("close", () => resolve(true));
        extra.on("error", () => resolve(true));
        setTimeout(() => resolve(false), 3_000);
      });
      expect(closed, "the third connection was closed").toBe(true);
      held.forEach((s) => s.destroy());
      await new Promise((r) => setTimeout(r, 100));
      expect((await postJson(server.port, STATS)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe("slow clients", () => {
  it("drops a client that never finishes its headers within seconds, not after 33 s", async () => {
    const server = await startServer({ port: 0, host: "127.0.0.1" });
    try {
      const t0 = performance.now();
      const reply = await new Promise<string>((resolve) => {
        const socket = connect(server.port, "127.0.0.1", () => socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\n"));
        let text = "";
        socket.on("data", (c: Buffer) => (text += c.toString("utf8")));
        socket.on("close", () => resolve(text));
        socket.on("error", () => resolve(text));
      });
      const seconds = (performance.now() - t0) / 1000;
      expect(seconds).toBeLessThan(8);
      expect(seconds).toBeGreaterThan(4);
      expect(reply === "" || reply.startsWith("HTTP/1.1 408")).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
