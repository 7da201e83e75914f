import type { DataSet, LintMessage, Location } from "../load/DataSet.js";
import type { EntityKind } from "../schema/entity.js";

/** What a rule may depend on besides the data, so tests can pin it. */
export interface LintContext {
  /** Dates after this are in the future. */
  now: Date;
  /** Slugs other apps rely on, with the kind each must have. */
  canonical: Readonly<Record<string, EntityKind>>;
}

/** One check over data/, in the manner of @mdn/browser-compat-data's linter: small and named. */
export interface Rule {
  name: string;
  description: string;
  check(ds: DataSet, ctx: LintContext): LintMessage[];
}

export function message(rule: string, at: Location, text: string): LintMessage {
  return { rule, file: at.file, path: at.path, message: text };
}

export function formatMessage(m: LintMessage): string {
  return `${m.file}: ${m.path ? `${m.path} ` : ""}${m.message}`;
}
