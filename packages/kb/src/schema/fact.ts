import { z } from "zod";
import { IsoDateSchema, LocalizedTextSchema, SlugSchema } from "./text.js";

export const CERTAINTIES = ["CONFIRMED", "ARTICLE_ONLY", "ARTICLE_GUESS", "CONTRADICTED"] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** A statement about one or more entities, with at least one source. */
export const FactSchema = z.strictObject({
  id: SlugSchema,
  text: LocalizedTextSchema,
  /** When the fact is an event, or the date of the snapshot it describes. */
  date: IsoDateSchema.optional(),
  /** Set when the fact only holds as of a date (a page snapshot), not on that date. */
  asOf: z.boolean().optional(),
  certainty: z.enum(CERTAINTIES),
  sources: z.array(SlugSchema),
  /** Other entities the fact is about, besides the entity whose file holds it. */
  about: z.array(SlugSchema).optional(),
  /** Free topic tags used by filters and the answer engine, e.g. "history", "requirements". */
  topics: z.array(SlugSchema).optional(),
});
export type FactInput = z.infer<typeof FactSchema>;

/** data/facts/*.yaml: facts that belong to no single entity file, so they name their entities. */
export const FactsFileSchema = z.strictObject({
  facts: z.array(FactSchema.extend({ about: z.array(SlugSchema).min(1) })),
});
