import { z } from "zod";

const Term = z.string().trim().min(1, "must not be empty");

/**
 * One concept as Taiwan and the mainland name it. The Simplified text is derived from the
 * Traditional one with OpenCC, which converts characters and some phrases but keeps Taiwan
 * vocabulary (映像 stays 映像); the glossary says what a mainland reader writes instead, and the
 * linter holds both scripts to it.
 */
export const GlossaryTermSchema = z.strictObject({
  /** The concept in English, so a reviewer knows which sense is meant. */
  en: z.string().trim().min(1, "must not be empty"),
  /** The Taiwan term, in Traditional script: the one zh-Hant texts use. */
  "zh-Hant": Term,
  /** The mainland term, in Simplified script: what zh-Hans says for it. */
  "zh-Hans": Term,
  /** Where the mapping holds, when the term has other senses (核心 is a kernel only sometimes). */
  context: z.string().optional(),
  /** Other Traditional spellings of the concept; zh-Hant must use `zh-Hant` instead. */
  variants: z.array(Term).optional(),
  /**
   * False when the Taiwan term, in Simplified characters, is also good mainland usage in some
   * other sense (执行 is both); then zh-Hans is not checked for it. Default true.
   */
  taiwanOnly: z.boolean().optional(),
  /**
   * False when the mainland term, in Traditional characters, is also good Taiwan usage in some
   * other sense (文件 is a document in both); then zh-Hant is not checked for it. Default true.
   */
  mainlandOnly: z.boolean().optional(),
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

export const GlossaryFileSchema = z.strictObject({ terms: z.array(GlossaryTermSchema) });
