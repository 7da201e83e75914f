#!/usr/bin/env node
// The answer engine's speed: in-process `ask` over the question sets on the shipped graph and on
// the graph scaled ×10 and ×100 with synthetic entities and facts, and the memory the graph and indexes take.
// Targets (issues #4 and #9): p50 ≤ 0.1 ms and p99 ≤ 1 ms shipped; p50 ≤ 1 ms at ×100; under 150 MB
// resident. `--shipped` measures the shipped graph alone (a quick look on a shared machine).
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Graph, loadGraph } from "@dockerwin/kb";
import { scaleBundle } from "@dockerwin/kb/build";
import { createAnswerEngine, type AnswerEngine } from "../index.js";

interface Case {
  q: string;
  history?: string[];
}

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

function questionSets(): Case[] {
  const out: Case[] = [];
  const own = `${ROOT}tests/questions/`;
  if (existsSync(own)) {
    for (const f of readdirSync(own).filter((x) => x.endsWith(".json"))) {
      out.push(...(JSON.parse(readFileSync(own + f, "utf8")) as { cases: Case[] }).cases);
    }
  }
  const pub = `${ROOT}../shared/eval/questions.public.json`;
  if (existsSync(pub)) out.push(...(JSON.parse(readFileSync(pub, "utf8")) as { cases: Case[] }).cases);
  return out;
}

function measure(engine: AnswerEngine, cases: readonly Case[], rounds: number): { p50: number; p99: number } {
  for (const c of cases) engine.ask(c.q, c.history ?? []);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      const t0 = performance.now();
      engine.ask(c.q, c.history ?? []);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

const cases = questionSets();
const graph = loadGraph();
const engine = createAnswerEngine(graph);
const shipped = measure(engine, cases, 20);
const rss = process.memoryUsage().rss / 2 ** 20;

/** The growth curve: the same questions on the graph grown ×10 and ×100 with synthetic entities. */
function scaled(factor: number) {
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const g = new Graph(scaleBundle(graph.bundle, factor));
  const e = createAnswerEngine(g);
  e.ask("What is Hyper-V?", []);
  const buildMs = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  return { factor, entities: g.stats().entities, buildMs, heapMb, ...measure(e, cases, factor >= 100 ? 3 : 5) };
}
const shippedOnly = process.argv.includes("--shipped");
const x10 = shippedOnly ? null : scaled(10);
const x100 = shippedOnly ? null : scaled(100);

const row = (label: string, value: string, target: string, ok: boolean) =>
  console.log(`${label.padEnd(34)}${value.padStart(12)}  target ${target.padEnd(10)} ${ok ? "ok" : "MISSED"}`);
console.log(
  `answer engine over ${cases.length} questions (${graph.stats().entities} entities` +
    (x10 && x100 ? `; ×10: ${x10.entities}; ×100: ${x100.entities})` : ")"),
);
row("ask p50, shipped graph", `${shipped.p50.toFixed(3)} ms`, "≤ 0.1 ms", shipped.p50 <= 0.1);
row("ask p99, shipped graph", `${shipped.p99.toFixed(3)} ms`, "≤ 1 ms", shipped.p99 <= 1);
if (x10 && x100) {
  row("ask p50, graph ×10", `${x10.p50.toFixed(3)} ms`, "", true);
  row("ask p99, graph ×10", `${x10.p99.toFixed(3)} ms`, "", true);
  row("ask p50, graph ×100", `${x100.p50.toFixed(3)} ms`, "≤ 1 ms", x100.p50 <= 1);
  row("ask p99, graph ×100", `${x100.p99.toFixed(3)} ms`, "", true);
  row("ask p50 ratio ×100 / shipped", `${(x100.p50 / shipped.p50).toFixed(1)}×`, "", true);
  row(
    "graph + indexes ×100: build, heap",
    `${(x100.buildMs / 1000).toFixed(1)} s ${x100.heapMb.toFixed(0)} MB`,
    "",
    true,
  );
}
row("resident memory, graph + engine", `${rss.toFixed(0)} MB`, "< 150 MB", rss < 150);

// `--json FILE` writes the figures for the bench report (npm run bench).
const at = process.argv.indexOf("--json");
if (at > 0 && process.argv[at + 1]) {
  const { entities, facts } = graph.stats();
  writeFileSync(
    process.argv[at + 1]!,
    JSON.stringify(
      { questions: cases.length, entities, facts, shipped: { ...shipped, rssMb: rss }, x10, x100 },
      null,
      2,
    ),
  );
}
