// The bench report in Markdown, from the figures bench/run.mjs gathers.

const ms = (x) => (typeof x === "number" ? `${x < 10 ? x.toFixed(3) : x.toFixed(0)} ms` : "–");
const num = (x, d = 0) => (typeof x === "number" ? x.toFixed(d) : "–");
const ratio = (a, b) => (typeof a === "number" && typeof b === "number" && b > 0 ? (a / b).toFixed(2) : "–");
const mark = (ok) => (ok ? "ok" : "**MISSED**");

function engineSection(e) {
  if (e.skipped) return [`Skipped: ${e.skipped}.`];
  const rows = [
    ["shipped", e.entities, e.shipped.p50, e.shipped.p99, null, null],
    ["×10", e.x10.entities, e.x10.p50, e.x10.p99, e.x10.buildMs, e.x10.heapMb],
    ["×100", e.x100.entities, e.x100.p50, e.x100.p99, e.x100.buildMs, e.x100.heapMb],
  ];
  return [
    `${e.questions} questions (every set in tests/questions and the public ones), in one process, no cache.`,
    "",
    "| graph | entities | ask p50 | ask p99 | graph + indexes built in | heap they take |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      ([g, n, p50, p99, build, heap]) =>
        `| ${g} | ${n} | ${ms(p50)} | ${ms(p99)} | ${build === null ? "–" : `${(build / 1000).toFixed(1)} s`} | ${heap === null ? `${num(e.shipped.rssMb)} MB resident` : `${num(heap)} MB`} |`,
    ),
  ];
}

function apiSection(a) {
  if (a.skipped) return [`Skipped: ${a.skipped}.`];
  const row = (label, m) =>
    `| ${label} | ${num(m.trivial.rps)} | ${num(m.light.rps)} | ${ratio(m.light.rps, m.trivial.rps)} | ${num(m.web.rps)} | ${ratio(m.web.rps, m.trivial.rps)} | ${ms(m.light.p99)} | ${ms(m.wide.p99)} | ${num(m.rssMb)} MB |`;
  const cpu = (label, m) =>
    `| ${label} | ${ms(m.trivial.cpuMs)} | ${ms(m.light.cpuMs)} | ${ratio(m.trivial.cpuMs, m.light.cpuMs)} | ${ms(m.web.cpuMs)} | ${ratio(m.trivial.cpuMs, m.web.cpuMs)} |`;
  const failed = ["uncached", "cached"].reduce(
    (s, k) => s + ["trivial", "light", "web", "wide"].reduce((t, r) => t + (a[k][r].failed ?? 0), 0),
    0,
  );
  return [
    `One server, ${a.questions} different questions, ${a.rounds} rounds of ${a.seconds} s each alternating ` +
      `\`{ __typename }\`, \`ask\` (verdict and text) and \`ask\` as the web app's chat asks it (facts, sources, claims), ` +
      `at ${a.connections} connections, then the web query at ${a.wide}. Figures are medians over the rounds.`,
    "",
    `| answer cache | trivial req/s | ask req/s | ask / trivial | web ask req/s | web / trivial | ask p99 | web ask p99 at ${a.wide} | RSS after |`,
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    row("off (`ANSWER_CACHE_SIZE=0`)", a.uncached),
    row("on (default 2000)", a.cached),
    "",
    "The server's own CPU time per request (from /proc, in the same rounds): what a request costs it whoever else " +
      "shares the machine, and the throughput ratio the server would reach were it alone on its cores.",
    "",
    "| answer cache | trivial | ask | trivial / ask | web ask | trivial / web ask |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    cpu("off", a.uncached),
    cpu("on", a.cached),
    "",
    ...(a.uncached.wideStalls
      ? [
          `In the server during the rounds at ${a.wide} connections (medians over the rounds), the event loop ran ` +
            `late by ${ms(a.uncached.wideStalls.delayP99)} at p99 and ${ms(a.uncached.wideStalls.delayMax)} at most with the cache off ` +
            `(${ms(a.cached.wideStalls.delayP99)} and ${ms(a.cached.wideStalls.delayMax)} with it), and the collector paused it for ` +
            `${ms(a.uncached.wideStalls.gcTotalMs)} a round (${ms(a.cached.wideStalls.gcTotalMs)}): a delay near the time one turn ` +
            `takes to answer every request in flight is queueing behind the cores, one far past it a stall.`,
          "",
        ]
      : []),
    `Cold start, from spawning the process to its first answer: ${ms(a.uncached.coldStartMs)} (cache off), ${ms(a.cached.coldStartMs)} (cache on).` +
      (failed ? ` ${failed} requests failed (timed out or refused) over the whole run.` : ""),
  ];
}

function lighthouseSection(l, preset) {
  if (!l) return [];
  if (l.skipped) return [`${preset}: skipped: ${l.skipped}.`];
  return [
    `${preset}, the built web app with its API on this machine.`,
    "",
    "| page | performance | accessibility |",
    "| --- | ---: | ---: |",
    ...l.pages.map((p) => `| ${p.page} (\`${p.path}\`) | ${num(p.performance, 2)} | ${num(p.accessibility, 2)} |`),
  ];
}

function targets(r) {
  const out = [];
  const { engine: e, api: a, lighthouse: l } = r;
  if (!e.skipped) {
    out.push(`- engine p50 ≤ 0.1 ms on the shipped graph: ${ms(e.shipped.p50)} ${mark(e.shipped.p50 <= 0.1)}`);
    out.push(`- engine p99 ≤ 1 ms on the shipped graph: ${ms(e.shipped.p99)} ${mark(e.shipped.p99 <= 1)}`);
    out.push(`- engine p50 ≤ 1 ms at ×100: ${ms(e.x100.p50)} ${mark(e.x100.p50 <= 1)}`);
  }
  if (!a.skipped) {
    const u = a.uncached;
    out.push(
      `- \`ask\` / trivial ≥ 0.5 with the cache off: ${ratio(u.light.rps, u.trivial.rps)} ${mark(u.light.rps / u.trivial.rps >= 0.5)} ` +
        `(web query ${ratio(u.web.rps, u.trivial.rps)}; by the server's CPU per request ${ratio(u.trivial.cpuMs, u.light.cpuMs)})`,
    );
    out.push(`- p99 < 100 ms at ${a.wide} connections, cache off: ${ms(u.wide.p99)} ${mark(u.wide.p99 < 100)}`);
    const rss = Math.max(a.uncached.rssMb, a.cached.rssMb);
    out.push(`- API under 150 MB resident after the load: ${num(rss)} MB ${mark(rss < 150)}`);
  }
  // Performance ≥ 0.95 on the desktop preset and ≥ 0.90 on the simulated phone; accessibility ≥ 0.95 on both.
  const lighthouseTargets = (runs, preset, target) => {
    if (!runs || runs.skipped) return;
    for (const p of runs.pages)
      out.push(
        `- Lighthouse ${p.page} (${preset}) ≥ ${target.toFixed(2)}: ${num(p.performance, 2)} / ${num(p.accessibility, 2)} ${mark(p.performance >= target && p.accessibility >= 0.95)}`,
      );
  };
  lighthouseTargets(l, "desktop", 0.95);
  lighthouseTargets(r.lighthouseMobile, "mobile", 0.9);
  return out;
}

export function toMarkdown(r) {
  const m = r.machine;
  return [
    `# Bench report, ${r.date.slice(0, 16).replace("T", " ")} UTC`,
    "",
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; ${m.platform}; Node ${m.node}`,
    `- Data version ${r.dataVersion ?? "–"}, commit ${r.commit ?? "–"}; the run took ${r.durationS} s`,
    `- Load (1-minute average) during the run: ${num(r.load.mean, 1)} on average, ${num(r.load.max, 1)} at most, ` +
      `on ${m.cores} cores${r.load.mean > m.cores ? ": the machine was shared and busy, so absolute figures are low and noisy; compare the ratios" : ""}.`,
    "",
    "## Targets",
    "",
    ...targets(r),
    "",
    "## Answer engine, in-process",
    "",
    ...engineSection(r.engine),
    "",
    "## API throughput",
    "",
    ...apiSection(r.api),
    "",
    "## Lighthouse",
    "",
    ...lighthouseSection(r.lighthouse, "Desktop preset"),
    "",
    ...(r.lighthouseMobile
      ? [...lighthouseSection(r.lighthouseMobile, "Mobile (Lighthouse's default, a simulated mid-range phone)"), ""]
      : []),
  ].join("\n");
}
