import type { DataSet, LintMessage } from "../load/DataSet.js";
import { CANONICAL_SLUGS } from "./canonicalSlugs.js";
import type { LintContext } from "./Rule.js";
import { rules } from "./rules/index.js";

export const defaultContext = (): LintContext => ({ now: new Date(), canonical: CANONICAL_SLUGS });

/** Runs every rule; messages come sorted by file and path so output is stable. */
export function lintDataSet(ds: DataSet, ctx: LintContext = defaultContext()): LintMessage[] {
  const out = rules.flatMap((r) => r.check(ds, ctx));
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.path.localeCompare(b.path, "en", { numeric: true }));
}
