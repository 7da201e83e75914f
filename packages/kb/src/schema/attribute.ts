import { z } from "zod";
import { LocalizedTextSchema } from "./text.js";
import { VALUE_TYPES } from "./typedValue.js";

/** The attributes a comparison may show, with their labels, in display order. */
export const AttributeDefSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "must be camelCase"),
  label: LocalizedTextSchema,
  /** The typed value every entity's attribute must carry, when a verdict depends on it. */
  type: z.enum(VALUE_TYPES).optional(),
});
export const AttributesFileSchema = z.strictObject({ attributes: z.array(AttributeDefSchema) });
