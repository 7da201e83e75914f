import type { LintMessage } from "../../load/DataSet.js";
import { message, type Rule } from "../Rule.js";

/**
 * The compatibility matrix has a row per OS and a column per setup, so a setup with no rule for
 * an OS that other setups cover leaves a hole ("unknown") where there should be an answer: how
 * Windows Server 2025 went missing from every setup.
 */
export const SetupsCoverEveryOs: Rule = {
  name: "SetupsCoverEveryOs",
  description: "Every setup has a rule for every OS that any setup covers.",
  check(ds) {
    const all = [...new Set(ds.setups.flatMap((s) => s.value.rules.map((r) => r.os)))];
    const out: LintMessage[] = [];
    for (const { value: s, file } of ds.setups) {
      const has = new Set(s.rules.map((r) => r.os));
      for (const os of all.filter((o) => !has.has(o)))
        out.push(message(this.name, { file, path: "rules" }, `has no rule for "${os}", which other setups cover`));
    }
    return out;
  },
};
