import type { LintMessage } from "../../load/DataSet.js";
import { message, type Rule } from "../Rule.js";
import { typedAttributes } from "../typedAttributes.js";

/**
 * "Is it still maintained?" is read from the status, and "since when?" from its date, so a
 * status other than active needs a date (or, where no date is sourced, the release it began
 * with), not in the future, before any end date, and agreeing with the entity's deprecatedSince.
 */
export const LifecycleStatus: Rule = {
  name: "LifecycleStatus",
  description: "Statuses other than active are dated, and agree with deprecatedSince.",
  check(ds, ctx) {
    const today = ctx.now.toISOString().slice(0, 10);
    const out: LintMessage[] = [];
    for (const { entity, value, file, path } of typedAttributes(ds, "lifecycle")) {
      const l = value.lifecycle;
      if (!l) continue;
      const at = { file, path: `${path}.lifecycle` };
      if (l.status !== "active" && !l.since && !l.sinceVersion)
        out.push(message(this.name, at, `status "${l.status}" needs "since" (or "sinceVersion")`));
      if (l.since && l.since > today) out.push(message(this.name, at, `since ${l.since} is in the future`));
      if (l.since && l.until && l.until <= l.since)
        out.push(message(this.name, at, `until ${l.until} is not after since ${l.since}`));
      const deprecated = entity.attributes.deprecatedSince;
      const date = deprecated && "value" in deprecated ? deprecated.value : undefined;
      if (l.status === "deprecated" && l.since && date && date !== l.since)
        out.push(message(this.name, at, `since ${l.since} disagrees with deprecatedSince ${date}`));
    }
    return out;
  },
};
