import { z } from "zod";
import { ArchitectureSchema } from "./arch.js";
import { FactSchema } from "./fact.js";
import { OsReleaseSchema } from "./release.js";
import { IsoDateSchema, LocalizedTextSchema, SlugSchema } from "./text.js";
import { TypedFields } from "./typedValue.js";

export const ENTITY_KINDS = ["COMPANY", "PRODUCT", "OS_VERSION", "HYPERVISOR", "CONTAINER_TYPE", "TECHNOLOGY"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const RELATION_TYPES = [
  "MADE_BY",
  "RUNS_ON",
  "REQUIRES",
  "INCLUDES",
  "USES",
  "BASED_ON",
  "PART_OF",
  "VERSION_OF",
  "SUCCEEDED_BY",
  "SUPPORTS",
  "DOES_NOT_SUPPORT",
  "CONFLICTS_WITH",
  "COEXISTS_WITH",
  "ALTERNATIVE_TO",
  "IMPLEMENTS",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** When a relation holds: only some editions, from a build on, within a date range. */
export const ConditionsSchema = z.strictObject({
  editions: z.array(SlugSchema).optional(),
  minBuild: z.number().int().positive().optional(),
  arch: ArchitectureSchema.optional(),
  from: IsoDateSchema.optional(),
  until: IsoDateSchema.optional(),
  note: LocalizedTextSchema.optional(),
});

export const RelationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  target: SlugSchema,
  conditions: ConditionsSchema.optional(),
  /** The facts that say the relation holds. */
  facts: z.array(SlugSchema).optional(),
});
export type RelationInput = z.infer<typeof RelationSchema>;

/**
 * An attribute value is one of: entity references, a language-neutral value (a date, a
 * version, a build number), or bilingual text. Each may name the facts it comes from so a
 * comparison cell can be traced to its source, and may carry the typed value a verdict is read
 * from (see typedValue.ts), beside the text shown to people.
 */
export const AttributeValueSchema = z.union([
  z.strictObject({ refs: z.array(SlugSchema).min(1), facts: z.array(SlugSchema).optional(), ...TypedFields }),
  z.strictObject({ value: z.string().min(1), facts: z.array(SlugSchema).optional(), ...TypedFields }),
  z.strictObject({ text: LocalizedTextSchema, facts: z.array(SlugSchema).optional(), ...TypedFields }),
]);
export type AttributeValueInput = z.infer<typeof AttributeValueSchema>;

export const EditionSchema = z.strictObject({
  id: SlugSchema,
  name: LocalizedTextSchema,
});

export const EntitySchema = z.strictObject({
  slug: SlugSchema,
  kind: z.enum(ENTITY_KINDS),
  name: LocalizedTextSchema,
  /** Other names people use or type, in any language and script, informal forms included. */
  aliases: z.array(z.string().min(1)).default([]),
  summary: LocalizedTextSchema,
  attributes: z.record(z.string(), AttributeValueSchema).default({}),
  /** For OS versions: the editions that compatibility rules and relations may name. */
  editions: z.array(EditionSchema).optional(),
  releases: z.array(OsReleaseSchema).optional(),
  /** For OS versions: the processor architectures it ships for, which setup rules may name. */
  architectures: z.array(ArchitectureSchema).min(1).optional(),
  relations: z.array(RelationSchema).default([]),
  facts: z.array(FactSchema).default([]),
  /** First release or announcement, for timelines and sorting. */
  since: IsoDateSchema.optional(),
  /**
   * The entity's name is also the word for a kind of thing ("virtual machine", "containers"):
   * "which VM software…" asks for a kind of thing, not about the entity.
   */
  concept: z.boolean().optional(),
  /**
   * Named beside a Windows version, it asks about every way of running Docker there ("Docker
   * Engine on Windows 10?", "containers on Windows 7?"), not about one setup that uses it.
   */
  asksEverySetup: z.boolean().optional(),
});
export type EntityInput = z.infer<typeof EntitySchema>;
