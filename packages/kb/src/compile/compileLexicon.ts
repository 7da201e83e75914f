import type { Located } from "../load/DataSet.js";
import type { LexiconEntryInput } from "../schema/lexicon.js";
import { foldToSimplified } from "../text/chinese.js";
import type { KbLexiconEntry } from "./KbBundle.js";

/**
 * The lexicon as the reader uses it: Chinese cues folded to Simplified characters (the form a
 * question is folded to), mainland words added as written, duplicates dropped.
 */
export function compileLexicon(entries: readonly Located<LexiconEntryInput>[]): KbLexiconEntry[] {
  return entries.map(({ value: e }) => ({
    id: e.id,
    role: e.role,
    slot: e.slot ?? null,
    value: e.value ?? null,
    ...compileCues(e.cues),
    rank: e.rank ?? null,
    unless: e.unless ? compileCues(e.unless) : null,
  }));
}

function compileCues(cues: LexiconEntryInput["cues"]): { en: string[]; zh: string[] } {
  return {
    en: [...new Set(cues.en.map((c) => c.normalize("NFKC").toLowerCase().trim()))],
    zh: [
      ...new Set(
        [...cues["zh-Hant"], ...(cues["zh-Hans"] ?? [])].map((c) => foldToSimplified(c.normalize("NFKC").trim())),
      ),
    ],
  };
}
