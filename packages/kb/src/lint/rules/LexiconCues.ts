import type { LintMessage } from "../../load/DataSet.js";
import { joinPath } from "../../load/formatPath.js";
import { hasHan } from "../../text/chinese.js";
import { message, type Rule } from "../Rule.js";

// Lower-case words, digits and the few signs names use; a trailing * matches any ending.
const ENGLISH_CUE = /^[a-z0-9#+.'/ -]*[a-z0-9#+]\*?$/;

/**
 * The reader's lexicon must be unambiguous: one id per entry, a slot and value for every
 * qualifier, and no cue that means two things within one role (then the order of the files,
 * not the data, would decide what a question asks).
 */
export const LexiconCues: Rule = {
  name: "LexiconCues",
  description: "Lexicon entries have unique ids, well-formed cues, and no cue shared by two entries of one role.",
  check(ds) {
    const out: LintMessage[] = [];
    const ids = new Map<string, string>();
    const cues = new Map<string, string>();
    for (const r of ds.lexicon) {
      const e = r.value;
      const at = (p: string) => ({ file: r.file, path: joinPath(r.path, p) });
      const first = ids.get(e.id);
      if (first) out.push(message(this.name, at("id"), `lexicon id "${e.id}" is already used in ${first}`));
      else ids.set(e.id, r.file);
      if (e.role === "qualifier" && (!e.slot || !e.value))
        out.push(message(this.name, at("slot"), `qualifier "${e.id}" needs both a slot and a value`));
      const all = [...e.cues.en, ...e.cues["zh-Hant"], ...(e.cues["zh-Hans"] ?? [])];
      if (all.length === 0) out.push(message(this.name, at("cues"), `entry "${e.id}" has no cue words`));
      e.cues.en.forEach((c, i) => {
        if (!ENGLISH_CUE.test(c))
          out.push(message(this.name, at(`cues.en[${i}]`), `"${c}" is not a lower-case word or phrase`));
      });
      for (const script of ["zh-Hant", "zh-Hans"] as const) {
        (e.cues[script] ?? []).forEach((c, i) => {
          if (!hasHan(c)) out.push(message(this.name, at(`cues.${script}[${i}]`), `"${c}" has no Chinese characters`));
        });
      }
      // Stop words may repeat words that other roles use: they only mean "not subject matter".
      if (e.role === "stop") continue;
      for (const c of new Set(all)) {
        const key = `${e.role}/${e.slot ?? ""}/${c}`;
        const owner = cues.get(key);
        if (owner && owner !== e.id)
          out.push(message(this.name, at("cues"), `cue "${c}" is already a ${e.role} cue of "${owner}"`));
        else cues.set(key, e.id);
      }
    }
    return out;
  },
};
