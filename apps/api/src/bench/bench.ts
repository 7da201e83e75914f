#!/usr/bin/env node
// The API's throughput: autocannon against `{ __typename }` and against `ask` over every question
// the project has, on one server, in alternating rounds, with the answer cache off and on. Reported
// as ratios, since the machine matters. Targets (issue 11): with the cache off, `ask` at least half
// the trivial query's throughput and p99 under 100 ms at 50 connections; the server under 150 MB.
// `--json FILE` also writes the figures for the bench report.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { questions, round, rssMb, startApi, type Round } from "./load.js";
import { memoryOf, stallsOf, type Memory, type Stalls } from "./stalls.js";

// Many short rounds, and medians: on a shared machine one round can be slowed threefold by others.
const ROUNDS = 7;
const SECONDS = 2;
const CONNECTIONS = 10;
const WIDE = 50;

/** What the bench has always asked: the verdict and the answer's text. */
const ASK_LIGHT =
  "query Ask($question: String!, $history: [String!]) { ask(question: $question, history: $history) { status verdict text language entities { slug } } }";
/** What the web app's chat asks (apps/web/src/graphql/operations/ask.ts): facts, sources and claims too. */
const ASK_WEB = `query Ask($question: String!, $history: [String!], $language: Language) {
  ask(question: $question, history: $history, language: $language) {
    status verdict text language entities { ...EntityRef } facts { ...FactFields } followUps
    interpretation { language intent entities { ...EntityRef } edition resolvedQuestion }
    claims { id claim(language: $language) verdict correction(language: $language) }
  }
}
fragment SourceFields on Source { title url domain }
fragment FactFields on Fact { id text(language: $language) sources { ...SourceFields } }
fragment EntityRef on Entity { slug name(language: $language) kind }`;

export interface Measured {
  trivial: Round;
  light: Round;
  web: Round;
  /** `ask` (web selection) at 50 connections. */
  wide: Round;
  /** The event loop's delay and the collector's pauses in the server during those rounds. */
  wideStalls: Stalls;
  coldStartMs: number;
  rssMb: number;
  /** What the resident memory after the load is made of. */
  memory: Memory;
  dataVersion: string;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const medianOf = <T extends object>(xs: T[]): T =>
  Object.fromEntries(Object.keys(xs[0] ?? {}).map((k) => [k, median(xs.map((x) => x[k as keyof T] as number))])) as T;
const summary = (rs: Round[]): Round => ({
  rps: median(rs.map((r) => r.rps)),
  p50: median(rs.map((r) => r.p50)),
  p99: median(rs.map((r) => r.p99)),
  failed: rs.reduce((s, r) => s + r.failed, 0),
  cpuMs: median(rs.map((r) => r.cpuMs)),
});

async function measure(env: Record<string, string>): Promise<Measured> {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-api-"));
  const api = await startApi({ ...env, DATA_DIR: dataDir });
  try {
    const cases = questions();
    const trivial = [JSON.stringify({ query: "{ __typename }" })];
    const bodies = (query: string) =>
      cases.map((c) => JSON.stringify({ query, variables: { question: c.q, history: c.history ?? [] } }));
    const light = bodies(ASK_LIGHT);
    const web = bodies(ASK_WEB);
    // Warm-up: the JIT, and with the cache on, the answers a long-running server would hold.
    const pid = api.child.pid!;
    await round(api.url, pid, trivial, CONNECTIONS, 2);
    await round(api.url, pid, web, CONNECTIONS, 2);
    const t: Round[] = [];
    const l: Round[] = [];
    const w: Round[] = [];
    const wide: Round[] = [];
    const stalls: Stalls[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      t.push(await round(api.url, pid, trivial, CONNECTIONS, SECONDS));
      l.push(await round(api.url, pid, light, CONNECTIONS, SECONDS));
      w.push(await round(api.url, pid, web, CONNECTIONS, SECONDS));
      await stallsOf(api.child);
      wide.push(await round(api.url, pid, web, WIDE, SECONDS));
      stalls.push(await stallsOf(api.child));
    }
    const rss = rssMb(api.child.pid!);
    const memory = await memoryOf(api.child);
    return {
      trivial: summary(t),
      light: summary(l),
      web: summary(w),
      wide: summary(wide),
      wideStalls: medianOf(stalls),
      coldStartMs: api.coldStartMs,
      rssMb: rss,
      memory,
      dataVersion: api.dataVersion,
    };
  } finally {
    api.child.kill("SIGTERM");
    await new Promise((r) => api.child.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const uncached = await measure({ ANSWER_CACHE_SIZE: "0" });
const cached = await measure({});
const n = questions().length;

const line = (label: string, m: Measured) =>
  console.log(
    `${label.padEnd(18)} trivial ${m.trivial.rps.toFixed(0).padStart(5)}/s  ask ${m.light.rps.toFixed(0).padStart(5)}/s ` +
      `(${(m.light.rps / m.trivial.rps).toFixed(2)}; cpu ${(m.trivial.cpuMs / m.light.cpuMs).toFixed(2)})  web ask ${m.web.rps.toFixed(0).padStart(5)}/s ` +
      `(${(m.web.rps / m.trivial.rps).toFixed(2)})  p99 @${WIDE} ${m.wide.p99.toFixed(0)} ms ` +
      `(loop delay p99 ${m.wideStalls.delayP99.toFixed(0)} max ${m.wideStalls.delayMax.toFixed(0)} ms, ` +
      `gc ${m.wideStalls.gcTotalMs.toFixed(0)} ms)  rss ${m.rssMb.toFixed(0)} MB`,
  );
console.log(
  `API throughput: ${n} questions, ${ROUNDS} alternating rounds of ${SECONDS} s at ${CONNECTIONS} connections (p99 at ${WIDE})`,
);
line("answer cache off", uncached);
line("answer cache on", cached);
/**
 * Where an uncached ask's server CPU goes, so a change is aimed where the time is: the trivial
 * query's cost is the path every request takes (HTTP, Apollo's pipeline, the socket); a cached
 * ask's extra over it is serving an answer (running its fields, serialising it, the cache lookup);
 * the uncached ask's extra over the cached one is the engine answering. Medians of two servers,
 * so the parts add up only roughly.
 */
const splitLine = (label: string, off: Round, on: Round) =>
  console.log(
    `${label.padEnd(18)} server CPU per uncached ask ${off.cpuMs.toFixed(2)} ms ≈ every request's path ` +
      `${uncached.trivial.cpuMs.toFixed(2)} + serving the answer ${(on.cpuMs - cached.trivial.cpuMs).toFixed(2)} ` +
      `+ the engine ${(off.cpuMs - on.cpuMs).toFixed(2)}`,
  );
splitLine("split, ask", uncached.light, cached.light);
splitLine("split, web ask", uncached.web, cached.web);
const memoryLine = (label: string, m: Memory) =>
  console.log(
    `${label.padEnd(18)} resident ${m.residentMb.toFixed(0)} MB: files ${m.filesMb.toFixed(0)} MB (node and its libraries), ` +
      `anonymous ${m.anonymousMb.toFixed(0)} MB; V8 heap committed ${m.heapCommittedMb.toFixed(0)} MB, ` +
      `used ${m.heapUsedMb.toFixed(0)} MB, live after a full collection ${m.heapLiveMb.toFixed(0)} MB`,
  );
memoryLine("memory, cache off", uncached.memory);
memoryLine("memory, cache on", cached.memory);
const ratio = uncached.light.rps / uncached.trivial.rps;
console.log(
  `cold start to first answer ${uncached.coldStartMs.toFixed(0)} ms; ` +
    `target ask / trivial ≥ 0.50 with the cache off: ${ratio >= 0.5 ? "ok" : "MISSED"}; ` +
    `p99 < 100 ms at ${WIDE}: ${uncached.wide.p99 < 100 ? "ok" : "MISSED"}; ` +
    `under 150 MB: ${Math.max(cached.rssMb, uncached.rssMb) < 150 ? "ok" : "MISSED"}`,
);

const at = process.argv.indexOf("--json");
if (at > 0 && process.argv[at + 1]) {
  writeFileSync(
    process.argv[at + 1]!,
    JSON.stringify(
      { questions: n, rounds: ROUNDS, seconds: SECONDS, connections: CONNECTIONS, wide: WIDE, uncached, cached },
      null,
      2,
    ),
  );
}
