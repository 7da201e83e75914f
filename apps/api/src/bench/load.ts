import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../main.js", import.meta.url));
const PROBE = fileURLToPath(new URL("./stallProbe.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

export interface Case {
  q: string;
  history?: string[];
}

/**
 * Every question the project has: its own sets, the real questions and the public ones. Real chat
 * traffic is a long tail, so the bench asks many different questions rather than a few again.
 */
export function questions(): Case[] {
  const out: Case[] = [];
  const dirs = [`${ROOT}tests/questions/`];
  for (const dir of dirs.filter(existsSync))
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".json")))
      out.push(...(JSON.parse(readFileSync(dir + f, "utf8")) as { cases: Case[] }).cases);
  const pub = `${ROOT}../shared/eval/questions.public.json`;
  if (existsSync(pub)) out.push(...(JSON.parse(readFileSync(pub, "utf8")) as { cases: Case[] }).cases);
  return out.filter((c) => c.q.length <= 500 && (c.history?.length ?? 0) <= 20);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface Api {
  child: ChildProcess;
  url: string;
  /** Milliseconds from spawning the process to its first answer of `ask`. */
  coldStartMs: number;
  dataVersion: string;
}

const ASK_ONE = JSON.stringify({ query: '{ ask(question: "What is Hyper-V?") { status } }' });

/** Starts the built server as `npm start` does, and waits for its first answer. */
export async function startApi(env: Record<string, string>): Promise<Api> {
  const port = await freePort();
  const t0 = performance.now();
  // The same flags as `npm start`: a small young generation and an old one that grows by half its
  // live size between collections keep the server's memory down, and one malloc arena instead of
  // one per thread (glibc's default) its native memory. The probe reports the event loop's delay
  // and the memory over the IPC channel (stalls.ts).
  const child = spawn(
    process.execPath,
    ["--max-semi-space-size=3", "--heap-growing-percent=50", "--import", PROBE, MAIN],
    {
      env: {
        MALLOC_ARENA_MAX: "1",
        ...process.env,
        ...env,
        API_PORT: String(port),
        API_HOST: "127.0.0.1",
        NODE_ENV: "production",
      },
      stdio: ["ignore", "ignore", "ignore", "ipc"],
    },
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: ASK_ONE,
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      const coldStartMs = performance.now() - t0;
      const health = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as { dataVersion: string };
      return { child, url, coldStartMs, dataVersion: health.dataVersion };
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill("SIGTERM");
  throw new Error("the API did not answer within 12 s");
}

export interface Round {
  rps: number;
  p50: number;
  p99: number;
  /** Requests that failed: refused (non-2xx), timed out or broken off. */
  failed: number;
  /** The server's CPU time per request (user and system), from /proc: what a request costs it. */
  cpuMs: number;
}

/** A process's CPU time so far in milliseconds (utime + stime, at 100 ticks a second). */
function cpuTimeMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * One autocannon run over the given request bodies. A few failures are reported, not fatal: on a
 * shared, overloaded machine a request can time out; more than one in a hundred fails the bench.
 *
 * Each connection starts at its own place in the bodies. Autocannon walks one list from its start
 * on every connection, so they all asked the same question at about the same moment: a round
 * reached only the first few hundred questions, each asked by every connection at once, and a
 * slow one arrived fifty times together at fifty connections. Real readers ask different things.
 */
export async function round(
  url: string,
  pid: number,
  bodies: string[],
  connections: number,
  seconds: number,
): Promise<Round> {
  const requests: autocannon.Request[] = bodies.map((body) => ({
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  }));
  let started = 0;
  const cpu0 = cpuTimeMs(pid);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests,
    setupClient: (client) => {
      const at = Math.floor((started++ * requests.length) / connections);
      client.setRequests([...requests.slice(at), ...requests.slice(0, at)]);
    },
  });
  const failed = result.non2xx + result.errors;
  if (failed > result.requests.total / 100)
    throw new Error(`${result.non2xx} non-2xx responses and ${result.errors} errors (${result.timeouts} timeouts)`);
  const cpuMs = (cpuTimeMs(pid) - cpu0) / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed, cpuMs };
}

export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}
