import type { LintMessage } from "../../load/DataSet.js";
import { joinPath } from "../../load/formatPath.js";
import { hasHan } from "../../text/chinese.js";
import { ENTITY_KINDS, RELATION_TYPES } from "../../schema/entity.js";
import { message, type Rule } from "../Rule.js";

// What the value of an entry of these roles names: a relation type, an entity kind.
const VALUES: Partial<Record<string, readonly string[]>> = { relation: RELATION_TYPES, askedKind: ENTITY_KINDS };

// Lower-case words, digits and the few signs names use; a trailing * matches any ending, a
// leading ^ only the start of the question.
const ENGLISH_CUE = /^\^?[a-z0-9#+.'/ -]*[a-z0-9#+]\*?$/;

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
    const ranks = new Map<string, string>();
    // An attribute cue names an attribute an entity may have: one of data/attributes.yaml.
    const attributes = ds.attributes.map((a) => a.value.key);
    for (const r of ds.lexicon) {
      const e = r.value;
      const at = (p: string) => ({ file: r.file, path: joinPath(r.path, p) });
      const first = ids.get(e.id);
      if (first) out.push(message(this.name, at("id"), `lexicon id "${e.id}" is already used in ${first}`));
      else ids.set(e.id, r.file);
      if (e.role === "qualifier" && (!e.slot || !e.value))
        out.push(message(this.name, at("slot"), `qualifier "${e.id}" needs both a slot and a value`));
      const allowed = e.role === "attribute" ? attributes : VALUES[e.role];
      if (allowed && !allowed.includes(e.value ?? ""))
        out.push(message(this.name, at("value"), `"${e.value ?? ""}" is not one of ${allowed.join(", ")}`));
      if (e.role === "synonym" && !e.value)
        out.push(message(this.name, at("value"), `synonym "${e.id}" needs the words it adds as its value`));
      // Two entries of one role and rank would leave the choice to the order of the files.
      if (e.rank !== undefined) {
        const owner = ranks.get(`${e.role}/${e.rank}`);
        if (owner) out.push(message(this.name, at("rank"), `rank ${e.rank} is already the rank of "${owner}"`));
        else ranks.set(`${e.role}/${e.rank}`, e.id);
      }
      const all = [...e.cues.en, ...e.cues["zh-Hant"], ...(e.cues["zh-Hans"] ?? [])];
      if (all.length === 0) out.push(message(this.name, at("cues"), `entry "${e.id}" has no cue words`));
      for (const [field, list] of [["cues", e.cues] as const, ...(e.unless ? [["unless", e.unless] as const] : [])]) {
        list.en.forEach((c, i) => {
          if (!ENGLISH_CUE.test(c))
            out.push(message(this.name, at(`${field}.en[${i}]`), `"${c}" is not a lower-case word or phrase`));
        });
        for (const script of ["zh-Hant", "zh-Hans"] as const) {
          (list[script] ?? []).forEach((c, i) => {
            if (!hasHan(c))
              out.push(message(this.name, at(`${field}.${script}[${i}]`), `"${c}" has no Chinese characters`));
          });
        }
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
