import type { LintMessage } from "../../load/DataSet.js";
import { message, type Rule } from "../Rule.js";
import { typedAttributes } from "../typedAttributes.js";

/** An architecture is either supported or in preview, never both. */
export const ArchitectureValues: Rule = {
  name: "ArchitectureValues",
  description: "Architectures are listed once, as supported or as preview.",
  check(ds) {
    const out: LintMessage[] = [];
    for (const { value, file, path } of typedAttributes(ds, "architectures")) {
      const a = value.architectures;
      if (!a) continue;
      const both = a.supported.filter((x) => a.preview.includes(x));
      if (both.length > 0)
        out.push(
          message(
            this.name,
            { file, path: `${path}.architectures` },
            `${both.join(", ")} cannot be both supported and preview`,
          ),
        );
    }
    return out;
  },
};
