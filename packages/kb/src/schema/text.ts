import { z } from "zod";

/**
 * Bilingual text as contributors write it. Chinese is written once, in Traditional script (the
 * script of the source article); Simplified is derived at build time with OpenCC, and `zh-Hans`
 * is only given where that conversion gets a word wrong.
 */
export const LocalizedTextSchema = z.strictObject({
  en: z.string(),
  "zh-Hant": z.string(),
  "zh-Hans": z.string().optional(),
});
export type LocalizedTextInput = z.infer<typeof LocalizedTextSchema>;

/** ISO date with the precision of the string: YYYY, YYYY-MM or YYYY-MM-DD. */
export const IsoDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");

export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single hyphens)");
