import type { LintMessage } from "../../load/DataSet.js";
import { normaliseErrorText } from "../../errors/normaliseErrorText.js";
import { message, type Rule } from "../Rule.js";

/**
 * An error entry is only useful if it can be recognised (a message), acted on (a fix step)
 * and trusted (a source). A message that is nothing but numbers and paths cannot be matched.
 */
export const ErrorEntriesComplete: Rule = {
  name: "ErrorEntriesComplete",
  description: "Every error entry has a message, a fix step and a source, and its messages have words.",
  check(ds) {
    const out: LintMessage[] = [];
    for (const { value: e, file } of ds.errors) {
      if (e.messages.length === 0)
        out.push(message(this.name, { file, path: "messages" }, "is empty: give the message as users see it"));
      if (e.fix.length === 0)
        out.push(message(this.name, { file, path: "fix" }, "is empty: give at least one step of the fix"));
      if (e.sources.length === 0)
        out.push(
          message(this.name, { file, path: "sources" }, "is empty: cite where users met it or the official fix"),
        );
      e.messages.forEach((m, i) => {
        if (normaliseErrorText(m.text) === "")
          out.push(
            message(
              this.name,
              { file, path: `messages[${i}].text` },
              "has no words once numbers, paths and codes are set aside",
            ),
          );
      });
      const c = e.conditions;
      if (c?.minBuild !== undefined && c.maxBuild !== undefined && c.minBuild > c.maxBuild)
        out.push(
          message(this.name, { file, path: "conditions" }, `minBuild ${c.minBuild} is after maxBuild ${c.maxBuild}`),
        );
    }
    return out;
  },
};
