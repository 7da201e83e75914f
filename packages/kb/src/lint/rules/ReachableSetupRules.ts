import type { LintMessage } from "../../load/DataSet.js";
import { message, type Rule } from "../Rule.js";

/** Whether an earlier rule's list (none: everything) covers every value of a later one's. */
function includes(earlier: readonly string[] | undefined, later: readonly string[] | undefined): boolean {
  return earlier === undefined || (later !== undefined && later.every((v) => earlier.includes(v)));
}

/**
 * Setup rules are read first-match-wins, so a rule after a broader one for the same OS (every
 * build, and every edition and architecture the later rule names) never applies: almost always
 * a rule put in the wrong order.
 */
export const ReachableSetupRules: Rule = {
  name: "ReachableSetupRules",
  description: "No setup rule is hidden by an earlier, broader rule.",
  check(ds) {
    const out: LintMessage[] = [];
    for (const { value: s, file } of ds.setups) {
      s.rules.forEach((rule, i) => {
        const hiddenBy = s.rules
          .slice(0, i)
          .findIndex(
            (earlier) =>
              earlier.os === rule.os &&
              earlier.minBuild === undefined &&
              includes(earlier.editions, rule.editions) &&
              includes(earlier.arch, rule.arch),
          );
        if (hiddenBy >= 0)
          out.push(
            message(
              this.name,
              { file, path: `rules[${i}]` },
              `never applies: rules[${hiddenBy}] already matches every case it covers`,
            ),
          );
      });
    }
    return out;
  },
};
