import { joinPath } from "../../load/formatPath.js";
import { message, type Rule } from "../Rule.js";

/** A claim that is not simply correct must say what is true instead, so no error is left standing. */
export const ClaimCorrections: Rule = {
  name: "ClaimCorrections",
  description: "Every claim judged other than CORRECT has a correction.",
  check(ds) {
    return ds.claims
      .filter((c) => c.value.verdict !== "CORRECT" && c.value.correction === undefined)
      .map((c) =>
        message(
          this.name,
          { file: c.file, path: joinPath(c.path, "correction") },
          `is required for verdict ${c.value.verdict}`,
        ),
      );
  },
};
