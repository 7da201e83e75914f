#!/usr/bin/env node
// Lighthouse (desktop preset) on the chat, timeline, compare and compatibility pages of the built
// web app, served with its API on this machine. Targets (issue #5): performance and accessibility
// ≥ 0.95. `--mobile` uses Lighthouse's default (a simulated mid-range phone; target ≥ 0.90), and
// `--runs N` keeps the best of N runs per page, since the machine is shared.
// Needs Debian's chromium (/usr/bin/chromium) and a prior `npm run build`; NEXT_DIST_DIR (see
// apps/web/next.config.ts) measures a build other than apps/web/.next. Its timings are wall-clock
// and swing with the machine's load: apps/web/scripts/loadCost.mjs measures in CPU time.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../browser/chromium.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PAGES = [
  ["chat", "/en"],
  ["timeline", "/en/timeline"],
  ["compare", "/en/compare?items=hyper-v,virtualbox,vmware-workstation"],
  ["compatibility", "/en/compatibility?os=windows-11&arch=X64&edition=home"],
];
// `--pages chat,compare` measures only those pages.
const ONLY = process.argv.includes("--pages") ? process.argv[process.argv.indexOf("--pages") + 1].split(",") : null;
const MOBILE = process.argv.includes("--mobile");
const RUNS = Math.max(1, Number(process.argv[process.argv.indexOf("--runs") + 1]) || 1);
const TARGET = MOBILE ? 0.9 : 0.95;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitFor(url, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

// What a run's score is made of, so that a change can be judged by the parts that do not swing
// with the machine's load (bytes, long tasks, DOM nodes) as well as by the timings.
function metricsOf(lhr) {
  const num = (id) => lhr.audits[id]?.numericValue ?? 0;
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  const scripts = items("network-requests").filter((r) => r.resourceType === "Script");
  const failed = Object.values(lhr.categories.accessibility?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
    .map((a) => a.id);
  const [lcpElement, lcpPhases] = items("largest-contentful-paint-element");
  const lcpNode = lcpElement?.items?.[0]?.node;
  return {
    fcpMs: Math.round(num("first-contentful-paint")),
    lcpMs: Math.round(num("largest-contentful-paint")),
    tbtMs: Math.round(num("total-blocking-time")),
    cls: Number(num("cumulative-layout-shift").toFixed(3)),
    siMs: Math.round(num("speed-index")),
    scriptBytes: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    scripts: scripts.length,
    htmlBytes: items("network-requests").find((r) => r.resourceType === "Document")?.transferSize ?? 0,
    domNodes: num("dom-size"),
    longTasks: items("long-tasks").length,
    mainThread: Object.fromEntries(items("mainthread-work-breakdown").map((i) => [i.group, Math.round(i.duration)])),
    lcpElement: lcpNode?.snippet?.slice(0, 100),
    lcpPhases: Object.fromEntries((lcpPhases?.items ?? []).map((p) => [p.phase, Math.round(p.timing)])),
    accessibilityFailures: failed,
  };
}
const describe = (m) =>
  [
    `  FCP ${m.fcpMs} ms  LCP ${m.lcpMs} ms  TBT ${m.tbtMs} ms  CLS ${m.cls}  SI ${m.siMs} ms`,
    `  JS ${(m.scriptBytes / 1024).toFixed(1)} KB in ${m.scripts} files  HTML ${(m.htmlBytes / 1024).toFixed(1)} KB  DOM ${m.domNodes} nodes  long tasks ${m.longTasks}`,
    `  main thread: ${Object.entries(m.mainThread)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(", ")}`,
    `  LCP element: ${m.lcpElement ?? "?"}  ${Object.entries(m.lcpPhases)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(", ")}`,
    m.accessibilityFailures.length ? `  accessibility fails: ${m.accessibilityFailures.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join("\n");

const children = [];
const start = (cmd, args, env, cwd = ROOT) => {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: "ignore", detached: true });
  children.push(child);
  return child;
};
const stopAll = () => {
  for (const c of children) {
    try {
      process.kill(-c.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
};

const profile = mkdtempSync(join(tmpdir(), "lh-"));
try {
  const apiPort = await freePort();
  const webPort = await freePort();
  const debugPort = await freePort();
  start(process.execPath, ["apps/api/dist/main.js"], { API_PORT: String(apiPort), NODE_ENV: "production" });
  await waitFor(`http://127.0.0.1:${apiPort}/health`);
  start(
    "npx",
    ["next", "start", "-p", String(webPort)],
    {
      API_URL: `http://127.0.0.1:${apiPort}/graphql`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    join(ROOT, "apps/web"),
  );
  await waitFor(`http://127.0.0.1:${webPort}/en`);
  start(
    CHROMIUM,
    [...CHROMIUM_ARGS, `--remote-debugging-port=${debugPort}`, `--user-data-dir=${profile}`, "about:blank"],
    {},
  );
  await waitFor(`http://127.0.0.1:${debugPort}/json/version`);

  console.log(
    `Lighthouse, ${MOBILE ? "mobile default" : "desktop preset"}, best of ${RUNS}     performance  accessibility`,
  );
  let ok = true;
  const scores = [];
  for (const [name, path] of PAGES.filter(([page]) => !ONLY || ONLY.includes(page))) {
    const url = `http://127.0.0.1:${webPort}${path}`;
    // A first visit warms the server's caches, as a real visitor after the first would find them.
    await fetch(url);
    let perf = 0;
    let a11y = 0;
    let best;
    for (let run = 0; run < RUNS; run++) {
      const options = { port: debugPort, output: "json", logLevel: "error" };
      const result = await lighthouse(url, options, MOBILE ? undefined : desktopConfig);
      const score = result?.lhr.categories.performance?.score ?? 0;
      if (!best || score > perf) best = result?.lhr;
      perf = Math.max(perf, score);
      a11y = Math.max(a11y, result?.lhr.categories.accessibility?.score ?? 0);
    }
    ok &&= perf >= TARGET && a11y >= 0.95;
    const metrics = best ? metricsOf(best) : undefined;
    // `--save DIR` keeps each page's best report, to look into what a score is made of.
    const saveAt = process.argv.indexOf("--save");
    if (best && saveAt > 0 && process.argv[saveAt + 1])
      writeFileSync(join(process.argv[saveAt + 1], `${name}${MOBILE ? "-mobile" : ""}.json`), JSON.stringify(best));
    scores.push({ page: name, path, performance: perf, accessibility: a11y, metrics });
    console.log(`${name.padEnd(38)}${perf.toFixed(2).padStart(11)}  ${a11y.toFixed(2).padStart(13)}`);
    if (metrics) console.log(describe(metrics));
  }
  console.log(`target: performance ≥ ${TARGET}, accessibility ≥ 0.95 on every page: ${ok ? "ok" : "MISSED"}`);
  // `--json FILE` writes the scores for the bench report (npm run bench).
  const at = process.argv.indexOf("--json");
  if (at > 0 && process.argv[at + 1]) writeFileSync(process.argv[at + 1], JSON.stringify({ pages: scores }, null, 2));
} finally {
  stopAll();
  // Chromium may still be writing its profile for a moment after it is told to stop.
  await new Promise((r) => setTimeout(r, 500));
  rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
