import { z } from "zod";
import { LocalizedTextSchema, SlugSchema } from "./text.js";

export const VERDICTS = ["CORRECT", "IMPRECISE", "WRONG", "OUTDATED", "GUESS"] as const;
export type ClaimVerdict = (typeof VERDICTS)[number];

/** One claim of the source article, with its verdict and, where needed, the correction. */
export const ClaimSchema = z.strictObject({
  id: SlugSchema,
  /** What the article says, paraphrased. */
  claim: LocalizedTextSchema,
  verdict: z.enum(VERDICTS),
  /** What is true instead, or what sources say of a guess. Required unless CORRECT. */
  correction: LocalizedTextSchema.optional(),
  entities: z.array(SlugSchema).min(1),
  facts: z.array(SlugSchema).min(1),
});
export type ClaimInput = z.infer<typeof ClaimSchema>;

export const ClaimsFileSchema = z.strictObject({ claims: z.array(ClaimSchema) });
