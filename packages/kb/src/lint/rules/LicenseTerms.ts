import type { LintMessage } from "../../load/DataSet.js";
import { LICENSES } from "../../schema/typedValue.js";
import { message, type Rule } from "../Rule.js";
import { typedAttributes } from "../typedAttributes.js";

/** "Is it open source?" is read from `openSource`, so it must agree with the licence named. */
export const LicenseTerms: Rule = {
  name: "LicenseTerms",
  description: "A licence's openSource flag agrees with its identifier.",
  check(ds) {
    const out: LintMessage[] = [];
    for (const { value, file, path } of typedAttributes(ds, "license")) {
      const l = value.license;
      if (l && l.openSource !== LICENSES[l.id])
        out.push(
          message(
            this.name,
            { file, path: `${path}.license.openSource` },
            `"${l.id}" is ${LICENSES[l.id] ? "an open-source licence" : "not an open-source licence"}, so openSource must be ${LICENSES[l.id]}`,
          ),
        );
    }
    return out;
  },
};
