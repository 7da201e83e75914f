import { z } from "zod";
import { SlugSchema } from "./text.js";

/** One document that facts cite, kept once in data/sources.yaml and cited by id. */
export const SourceSchema = z.strictObject({
  id: SlugSchema,
  title: z.string().min(1),
  /** Null only for documents with no address, such as the source article. */
  url: z.string().nullable(),
  /** A mirror, news report or encyclopaedia page rather than the primary document. */
  secondary: z.boolean().optional(),
});
export type SourceInput = z.infer<typeof SourceSchema>;

export const SourcesFileSchema = z.strictObject({ sources: z.array(SourceSchema) });
