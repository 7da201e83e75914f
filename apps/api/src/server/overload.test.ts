// The API under far more load than it can serve, and stopped while serving it: a real process
// (dist/main.js, built by `npm test` before the tests run), driven over loopback.
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { postJson } from "../test/http.js";
import { spawnApi, type ApiProcess } from "../test/spawnApi.js";

let api: ApiProcess | undefined;
afterEach(async () => {
  if (api && api.child.exitCode === null) {
    api.child.kill("SIGKILL");
    await api.exited;
  }
  api = undefined;
});

/** Resident memory of a process, from /proc, in MB. */
const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

const ASK = (q: string) =>
  JSON.stringify({ query: `{ ask(question: ${JSON.stringify(q)}) { status text facts { text } } }` });

describe("far past capacity", () => {
  it("sheds load with 503 at 1,000 connections, keeps memory bounded, and recovers", async () => {
    api = await spawnApi({ ANSWER_CACHE_SIZE: "0", MAX_IN_FLIGHT: "32" });
    const pid = api.child.pid!;
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
    const result = await autocannon({
      url: `http://127.0.0.1:${api.port}/graphql`,
      connections: 1_000,
      duration: 4,
      timeout: 10,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: ASK("Can I run Docker Desktop on Windows 10 Home with WSL 2?"),
    });
    clearInterval(sampler);
    const shed = result.statusCodeStats?.["503"]?.count ?? 0;
    const answered = result["2xx"];
    expect(shed, "refused some at once instead of queueing all").toBeGreaterThan(0);
    expect(answered, "kept answering the ones it took").toBeGreaterThan(0);
    // Nothing else: no 500s, no reset or timed-out connections.
    expect(result.non2xx - shed).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.errors, "connection errors").toBeLessThan(result.requests.total * 0.01 + 1);
    expect(peak, `memory ${before.toFixed(0)} → ${peak.toFixed(0)} MB`).toBeLessThan(before + 250);
    // Recovery: once the flood stops (and the requests it left in the sockets are drained, a few
    // seconds), requests are answered as usual.
    const ask = { query: '{ ask(question: "What is WSL 2?") { status } }' };
    const deadline = Date.now() + 20_000;
    let after = await postJson(api.port, ask).catch(() => null);
    while ((!after || after.status !== 200 || after.ms > 1_000) && Date.now() < deadline)
      after = await postJson(api.port, ask).catch(() => null);
    expect(after?.status).toBe(200);
    expect(after!.ms).toBeLessThan(1_000);
    // Well inside autocannon's 10 s timeout, which a request left at the end of a queue without
    // bound would reach. `npm test` runs this file alone, after its other tasks (test:timing), but
    // a shared 2-core machine still varies: 2.5 and 5.0 s seen alone at load 9-10, so not 5 s.
    expect(result.latency.p99, "those taken were answered without an unbounded queue").toBeLessThan(8_000);
  }, 60_000);
});

describe("SIGTERM under load", () => {
  it("finishes every request in flight, then exits 0", async () => {
    api = await spawnApi({ ANSWER_CACHE_SIZE: "0", MAX_IN_FLIGHT: "500" });
    const port = api.port;
    // Load that goes on through the shutdown: its requests after the listener closed are refused.
    const load = autocannon({
      url: `http://127.0.0.1:${port}/graphql`,
      connections: 20,
      duration: 4,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: ASK("Can I run Docker on Windows 10 Home?"),
    });
    // Fifty requests the server is reading when SIGTERM comes: headers and half the body now,
    // the rest after the signal.
    const inFlight = Array.from({ length: 50 }, (_, i) => {
      const body = ASK(`Can I run Docker on Windows 10 build ${15_000 + i}?`);
      const req = request({
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      });
      const reply = new Promise<{ status: number; text: string }>((resolve) => {
        req.on("response", (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (text += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
          res.on("error", (e) => resolve({ status: 0, text: e.message }));
        });
        req.on("error", (e) => resolve({ status: 0, text: e.message }));
      });
      req.write(body.slice(0, 20));
      return { req, body, reply };
    });
    // The server has read them once it has answered requests that came after them: a request
    // whose headers it had not read yet would be an idle connection, closed at once on shutdown.
    for (let i = 0; i < 3; i++) await postJson(port, { query: "{ __typename }" });
    await new Promise((r) => setTimeout(r, 500));
    api.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 200));
    for (const { req, body } of inFlight) req.end(body.slice(20));
    const replies = await Promise.all(inFlight.map((f) => f.reply));
    expect(replies.filter((r) => r.status !== 200 || !r.text.includes('"status"'))).toEqual([]);
    expect(await api.exited).toBe(0);
    const done = await load;
    expect(done["2xx"], "the load was being answered").toBeGreaterThan(0);
    expect(done.non2xx - (done.statusCodeStats?.["503"]?.count ?? 0), "no 5xx but shedding").toBe(0);
  }, 60_000);
});
