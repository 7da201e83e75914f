// Preloaded into the API by the bench (`node --import`), never by `npm start`: it tells a p99 that
// is queueing behind the cores from one made of stalls, by recording how late the event loop runs
// (monitorEventLoopDelay) and how long the collector pauses it. The bench asks for the figures of
// each round over the IPC channel it opens; each answer starts the next round's figures afresh.
import { readFileSync } from "node:fs";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Memory, Stalls } from "./stalls.js";

// A full collection on request, to tell the heap's live objects from the garbage it holds: the
// probe alone can call it, the server never does.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let gc = { count: 0, totalMs: 0, maxMs: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gc.count += 1;
    gc.totalMs += e.duration;
    gc.maxMs = Math.max(gc.maxMs, e.duration);
  }
}).observe({ entryTypes: ["gc"] });

const mb = (bytes: number) => bytes / 1024 / 1024;
const statusMb = (status: string, key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1]) / 1024;

/** Where the resident memory is now, then what of the heap a full collection keeps. */
function memory(): Memory {
  const status = readFileSync("/proc/self/status", "utf8");
  const heap = process.memoryUsage();
  const figures = {
    residentMb: statusMb(status, "VmRSS"),
    filesMb: statusMb(status, "RssFile"),
    anonymousMb: statusMb(status, "RssAnon"),
    heapCommittedMb: mb(heap.heapTotal),
    heapUsedMb: mb(heap.heapUsed),
  };
  collect();
  return { ...figures, heapLiveMb: mb(process.memoryUsage().heapUsed) };
}

process.on("message", (m: unknown) => {
  if (m === "memory") {
    process.send?.(memory());
    return;
  }
  if (m !== "stalls") return;
  const ms = (ns: number) => ns / 1e6;
  const stalls: Stalls = {
    delayP50: ms(delay.percentile(50)),
    delayP99: ms(delay.percentile(99)),
    delayMax: ms(delay.max),
    gcCount: gc.count,
    gcTotalMs: gc.totalMs,
    gcMaxMs: gc.maxMs,
  };
  delay.reset();
  gc = { count: 0, totalMs: 0, maxMs: 0 };
  process.send?.(stalls);
});
// The channel must not keep a server that was told to stop alive.
process.channel?.unref();
