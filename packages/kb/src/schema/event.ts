import { z } from "zod";
import { IsoDateSchema, LocalizedTextSchema, SlugSchema } from "./text.js";

/** Something that happened on a date, as precise as the sources allow. */
export const EventSchema = z.strictObject({
  id: SlugSchema,
  date: IsoDateSchema,
  title: LocalizedTextSchema,
  entities: z.array(SlugSchema).min(1),
  sources: z.array(SlugSchema),
  /** The facts that tell the story of the event in more detail. */
  facts: z.array(SlugSchema).optional(),
  /** One of the source article's four milestones. */
  milestone: z.boolean().optional(),
  topics: z.array(SlugSchema).optional(),
});
export type EventInput = z.infer<typeof EventSchema>;

export const EventsFileSchema = z.strictObject({ events: z.array(EventSchema) });
