import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DataSet } from "../../load/DataSet.js";
import { readDataSet } from "../../load/readDataSet.js";
import type { LintContext, Rule } from "../Rule.js";

/** A small, lint-clean data/ folder; tests break one thing in a fresh copy of it. */
export const VALID_ROOT = fileURLToPath(new URL("./valid", import.meta.url));

export const ctx: LintContext = {
  now: new Date("2026-11-28T12:00:00Z"),
  canonical: { microsoft: "COMPANY", "hyper-v": "HYPERVISOR" },
};

export function loadValid(): DataSet {
  return readDataSet(VALID_ROOT);
}

/** A writable copy of the valid fixture, for tests that break files on disk. */
export function copyValid(): string {
  const dir = mkdtempSync(join(tmpdir(), "kb-fixture-"));
  cpSync(VALID_ROOT, dir, { recursive: true });
  return dir;
}

/** Runs one rule and renders its messages as a contributor reads them. */
export function run(rule: Rule, ds: DataSet, context: LintContext = ctx): string[] {
  return rule.check(ds, context).map((m) => `${m.file}: ${m.path} ${m.message}`.replace(/: {2}/, ": "));
}

/** Deep-clones the first record of a list so a test can change it without touching the cache. */
export function mutable<T>(value: T): T {
  return structuredClone(value);
}
