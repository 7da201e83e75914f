import type { Located } from "../load/DataSet.js";
import type { LexiconEntryInput } from "../schema/lexicon.js";
import { foldToSimplified } from "../text/chinese.js";
import type { KbLexiconEntry, Text } from "./KbBundle.js";
import type { LocalizedTextInput } from "../schema/text.js";

/**
 * The lexicon as the reader uses it: Chinese cues folded to Simplified characters (the form a
 * question is folded to), mainland words added as written, duplicates dropped.
 */
export function compileLexicon(
  entries: readonly Located<LexiconEntryInput>[],
  text: (t: LocalizedTextInput) => Text,
): KbLexiconEntry[] {
  return entries.map(({ value: e }) => ({
    id: e.id,
    role: e.role,
    slot: e.slot ?? null,
    value: e.value ?? null,
    ...compileCues(e.cues),
    rank: e.rank ?? null,
    unless: e.unless ? compileCues(e.unless) : null,
    label: e.label ? text(e.label) : null,
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
