import { z } from "zod";
import { LocalizedTextSchema } from "./text.js";

/**
 * What a lexicon entry tells the question reader. A question type is what kind of answer is
 * asked for; a predicate is what is asked of the subject (run, cost, require…); a qualifier
 * narrows it (an edition, an architecture, inside a VM…); a scope entry names a subject the
 * knowledge base does not cover; a marker changes how a question reads (negation, "only", a
 * pasted error); stop words carry no subject matter. A relation cue points a question at a relation
 * type (its value), an askedKind cue names the kind of entity a "which…" question asks for (its
 * value), an attribute cue names the attribute of an entity a question asks for (its key, the
 * value), and a synonym adds the words facts use for the cue (its value) to a question's terms.
 */
export const LEXICON_ROLES = [
  "questionType",
  "predicate",
  "qualifier",
  "scope",
  "marker",
  "stop",
  "relation",
  "askedKind",
  "attribute",
  "synonym",
] as const;
export type LexiconRole = (typeof LEXICON_ROLES)[number];

/**
 * Cue words as people type them. English cues are lower-case words or phrases matched as whole
 * words; a trailing `*` matches any ending ("compar*"), a leading `^` only at the start of the
 * question ("^can"). Chinese cues are written in Traditional and matched in either script, `^`
 * and `$` anchoring them to the start or end; `zh-Hans` adds mainland words that are not a
 * conversion of them.
 */
export const LexiconCuesSchema = z.strictObject({
  en: z.array(z.string().min(1)).default([]),
  "zh-Hant": z.array(z.string().min(1)).default([]),
  "zh-Hans": z.array(z.string().min(1)).optional(),
});

export const LexiconEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single hyphens)"),
  role: z.enum(LEXICON_ROLES),
  /** For a qualifier: the slot it fills (edition, arch, host…); for a predicate: its family. */
  slot: z
    .string()
    .regex(/^[a-z][a-zA-Z]*$/, "must be camelCase")
    .optional(),
  /** The value the slot takes (an edition id, "arm64"…). */
  value: z.string().optional(),
  cues: LexiconCuesSchema,
  /**
   * For a question type: which is read first when a question carries the cues of two ("what is
   * the difference" is a comparison, not a what-is question); 1 first.
   */
  rank: z.number().int().min(1).optional(),
  /** Words that, found in the question, cancel this entry's cues ("can you tell me" asks no yes/no). */
  unless: LexiconCuesSchema.optional(),
  /** For an edition qualifier: its name as an answer writes it ("Home", 家用版), for an OS that lacks it. */
  label: LocalizedTextSchema.optional(),
});
export type LexiconEntryInput = z.infer<typeof LexiconEntrySchema>;

export const LexiconFileSchema = z.strictObject({ entries: z.array(LexiconEntrySchema) });
