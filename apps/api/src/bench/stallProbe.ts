// Preloaded into the API by the bench (`node --import`), never by `npm start`: it tells a p99 that
// is queueing behind the cores from one made of stalls, by recording how late the event loop runs
// (monitorEventLoopDelay) and how long the collector pauses it. The bench asks for the figures of
// each round over the IPC channel it opens; each answer starts the next round's figures afresh.
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import type { Stalls } from "./stalls.js";

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

process.on("message", (m: unknown) => {
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
