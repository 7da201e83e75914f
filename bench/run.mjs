#!/usr/bin/env node
// `npm run bench`: the answer engine in-process, the API under load and Lighthouse on the web app,
// one after another, then one report in Markdown and JSON (bench-results/report.{md,json}; with
// --baseline, bench/baseline.{md,json}) and its summary on the console. The machine is named and its
// load sampled throughout, since a shared machine moves absolute figures; the ratios hold better.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { toMarkdown } from "./report.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const baseline = process.argv.includes("--baseline");
const skipLighthouse = process.argv.includes("--no-lighthouse");
const tmp = mkdtempSync(join(tmpdir(), "bench-"));

const samples = [];
const sampler = setInterval(() => samples.push(loadavg()[0]), 1_000);

/** Runs one part with its console output shown, and returns the figures it wrote, or why not. */
async function part(name, script, cwd, args = []) {
  const out = join(tmp, `${name.replace(/\W+/g, "-")}.json`);
  console.log(`\n== ${name}`);
  const child = spawn(process.execPath, [script, ...args, "--json", out], { cwd: join(ROOT, cwd), stdio: "inherit" });
  const code = await new Promise((resolve) => child.once("exit", (c, signal) => resolve(c ?? signal)));
  if (code !== 0 || !existsSync(out)) return { skipped: `exited with ${code}` };
  return JSON.parse(readFileSync(out, "utf8"));
}

function commit() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

const startedAt = new Date();
const load0 = loadavg();
const engine = await part("answer engine", "dist/bench/bench.js", "packages/answers");
const api = await part("API", "dist/bench/bench.js", "apps/api");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const lighthouse = skipLighthouse
  ? { skipped: "--no-lighthouse" }
  : !existsSync(chromium)
    ? { skipped: `no Chromium at ${chromium}` }
    : !existsSync(join(ROOT, "apps/web/.next/BUILD_ID"))
      ? { skipped: "the web app is not built" }
      : await part("Lighthouse", "bench/lighthouse.mjs", "tests");
// The mobile preset (target ≥ 0.90) only where the desktop part ran, with `--no-mobile` to skip it.
const lighthouseMobile =
  lighthouse.skipped || process.argv.includes("--no-mobile")
    ? { skipped: lighthouse.skipped ?? "--no-mobile" }
    : await part("Lighthouse, mobile", "bench/lighthouse.mjs", "tests", ["--mobile"]);
clearInterval(sampler);
rmSync(tmp, { recursive: true, force: true });

const report = {
  date: startedAt.toISOString(),
  durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
  machine: {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  },
  load: {
    before: load0[0],
    mean: samples.length ? samples.reduce((s, x) => s + x, 0) / samples.length : load0[0],
    max: Math.max(load0[0], ...samples),
  },
  commit: commit(),
  dataVersion: api.uncached?.dataVersion ?? null,
  engine,
  api,
  lighthouse,
  lighthouseMobile,
};

const dir = join(ROOT, baseline ? "bench" : "bench-results");
const base = baseline ? "baseline" : "report";
mkdirSync(dir, { recursive: true });
const md = toMarkdown(report);
writeFileSync(join(dir, `${base}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(dir, `${base}.md`), md);
console.log(`\n${md}\nwritten: ${join(dir, base)}.md and .json`);
