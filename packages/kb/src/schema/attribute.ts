import { z } from "zod";
import { LocalizedTextSchema } from "./text.js";

/** The attributes a comparison may show, with their labels, in display order. */
export const AttributeDefSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "must be camelCase"),
  label: LocalizedTextSchema,
});
export const AttributesFileSchema = z.strictObject({ attributes: z.array(AttributeDefSchema) });
