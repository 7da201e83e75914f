import type { LintMessage } from "../../load/DataSet.js";
import { normaliseErrorText } from "../../errors/normaliseErrorText.js";
import { message, type Rule } from "../Rule.js";

/**
 * An error entry is only useful if it can be recognised (a message), acted on (a fix step)
 * and trusted (a source). A message that is nothing but numbers and paths cannot be matched.
 */
export const ErrorEntriesComplete: Rule = {
  name: "ErrorEntriesComplete",
  description:
    "Every error entry has a message, a fix step and a source, its messages have words and its conditions make sense.",
  check(ds) {
    const out: LintMessage[] = [];
    const editionsOf = new Map(
      ds.entities.map((e) => [e.value.slug, new Set((e.value.editions ?? []).map((ed) => ed.id))]),
    );
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
      // An edition must be one that every OS the entry names has (Home is not an edition of Server).
      c?.editions?.forEach((ed, i) => {
        for (const os of c.os ?? []) {
          const known = editionsOf.get(os);
          if (known && !known.has(ed))
            out.push(
              message(this.name, { file, path: `conditions.editions[${i}]` }, `"${ed}" is not an edition of ${os}`),
            );
        }
      });
    }
    return out;
  },
};
