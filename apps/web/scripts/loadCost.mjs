#!/usr/bin/env node
// What loading a page costs a phone's main thread, in measures that hold on a busy machine: the
// CPU time (not the wall time) of the renderer's main thread while the page loads, its tasks longer
// than 12.5 ms of CPU (50 ms on Lighthouse's four-times-slower phone), the blocking time those
// would make on that phone after the first paint, the JavaScript the page runs (gzip), its RSC
// payload and its DOM. Lighthouse's own timings are wall-clock and swing with the load of a shared
// machine; these swing far less. Needs a running web app and Debian's chromium.
//   node apps/web/scripts/loadCost.mjs --url http://localhost:3000 [--runs 3] [--pages chat,compare]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const BASE = arg("url", "http://localhost:3000");
const RUNS = Math.max(1, Number(arg("runs", "3")));
const ONLY = arg("pages", "")?.split(",").filter(Boolean);
const WEB = fileURLToPath(new URL("..", import.meta.url));
const STATIC = join(WEB, process.env.NEXT_DIST_DIR || ".next", "static");
const PAGES = [
  ["chat", "/en"],
  ["timeline", "/en/timeline"],
  ["compare", "/en/compare?items=hyper-v,virtualbox,vmware-workstation"],
  ["compatibility", "/en/compatibility?os=windows-11&arch=X64&edition=home"],
];
const SLOWDOWN = 4;

/** The page's scripts, gzip bytes as a browser with modules fetches them (no legacy polyfills). */
function scriptBytes(html) {
  let total = 0;
  for (const m of html.matchAll(/<script src="\/_next\/static\/([^"]+)"([^>]*)>/g)) {
    if (/noModule/i.test(m[2] ?? "")) continue;
    total += gzipSync(readFileSync(join(STATIC, m[1]))).length;
  }
  return total;
}

/** The RSC payload the page carries for hydration, in characters. */
const payloadChars = (html) =>
  [...html.matchAll(/self\.__next_f\.push\(\[1,"((?:[^"\\]|\\.)*)"\]\)/g)].reduce((n, m) => n + m[1].length, 0);

async function traceLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
  const done = new Promise((resolve) => cdp.on("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline,loading",
    transferMode: "ReportEvents",
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(2000);
  // Runs in the page, where document is defined.
  // eslint-disable-next-line no-undef
  const domNodes = await page.evaluate(() => document.querySelectorAll("*").length);
  await cdp.send("Tracing.end");
  await done;
  await context.close();
  // The renderer's main thread is the one that evaluated the page's scripts.
  const counts = new Map();
  for (const e of events)
    if (e.name === "EvaluateScript") counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const tasks = events.filter((e) => e.name === "RunTask" && `${e.pid}:${e.tid}` === main && e.tdur !== undefined);
  const fcp = events.find((e) => e.name === "firstContentfulPaint" && `${e.pid}:${e.tid}` === main)?.ts ?? 0;
  const cpuMs = (e) => e.tdur / 1000;
  const long = tasks.filter((t) => cpuMs(t) * SLOWDOWN > 50);
  return {
    cpuMs: tasks.reduce((s, t) => s + cpuMs(t), 0),
    longTasks: long.length,
    longestMs: Math.max(0, ...long.map(cpuMs)),
    blockingMs: long.filter((t) => t.ts + t.dur > fcp).reduce((s, t) => s + cpuMs(t) * SLOWDOWN - 50, 0),
    domNodes,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
try {
  console.log(`Main-thread cost at load, median of ${RUNS}, CPU time ×${SLOWDOWN} for the phone`);
  for (const [name, path] of PAGES.filter(([p]) => !ONLY?.length || ONLY.includes(p))) {
    const url = `${BASE}${path}`;
    const html = await (await fetch(url)).text();
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await traceLoad(browser, url));
    const m = (k) => Math.round(median(runs.map((r) => r[k])));
    console.log(
      `${name.padEnd(14)} CPU ${m("cpuMs")} ms, long tasks ${m("longTasks")} (longest ${m("longestMs")} ms CPU), ` +
        `blocking after first paint ${m("blockingMs")} ms; JS ${(scriptBytes(html) / 1024).toFixed(1)} KB gzip, ` +
        `RSC payload ${(payloadChars(html) / 1024).toFixed(0)} K chars, DOM ${m("domNodes")} nodes`,
    );
  }
} finally {
  await browser.close();
}
