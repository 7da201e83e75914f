import type { LintMessage } from "../../load/DataSet.js";
import { codeForms, normaliseErrorText } from "../../errors/normaliseErrorText.js";
import { message, type Rule } from "../Rule.js";

/**
 * A pasted code or message must lead to one entry: the same code (in any of its printed forms)
 * or the same message (once normalised, as the matcher sees it) in two entries would make the
 * match a coin toss, so one of them belongs in the other.
 */
export const UniqueErrorSignatures: Rule = {
  name: "UniqueErrorSignatures",
  description: "Error codes and normalised error messages each belong to one entry.",
  check(ds) {
    const out: LintMessage[] = [];
    const codes = new Map<string, string>();
    const messages = new Map<string, string>();
    for (const { value: e, file } of ds.errors) {
      (e.codes ?? []).forEach((code, i) => {
        for (const form of codeForms(code)) {
          const first = codes.get(form);
          if (first !== undefined && first !== file) {
            out.push(message(this.name, { file, path: `codes[${i}]` }, `"${code}" is already the code of ${first}`));
          } else if (first === file && form === code.toLowerCase()) {
            out.push(message(this.name, { file, path: `codes[${i}]` }, `"${code}" is listed twice`));
          }
          codes.set(form, file);
        }
      });
      e.messages.forEach((m, i) => {
        const key = normaliseErrorText(m.text);
        if (key === "") return;
        const first = messages.get(key);
        const at = { file, path: `messages[${i}].text` };
        if (first === file) out.push(message(this.name, at, "says the same as another message of this entry"));
        else if (first !== undefined) out.push(message(this.name, at, `is already a message of ${first}`));
        else messages.set(key, file);
      });
    }
    return out;
  },
};
