import { z } from "zod";
import { ArchitectureSchema } from "./arch.js";
import { IsoDateSchema, LocalizedTextSchema, SlugSchema } from "./text.js";

/**
 * How Microsoft services a release: the General Availability Channel of Windows 10 and 11
 * (`gac`, called Semi-Annual Channel for Windows 10 up to 1909), the Long-Term Servicing
 * Channel or Branch (`ltsc`), Windows Server's Semi-Annual Channel (`sac`) and its Annual
 * Channel for containers (`ac`).
 */
export const SERVICING_CHANNELS = ["gac", "sac", "ltsc", "ac"] as const;
export type ServicingChannel = (typeof SERVICING_CHANNELS)[number];

/**
 * The phase that ends on a date: `servicing` for releases with one end date (every Windows 10
 * and 11 feature update), `mainstream` and `extended` for the fixed lifecycle of Windows Server.
 */
export const SUPPORT_PHASES = ["servicing", "mainstream", "extended"] as const;
export type SupportPhase = (typeof SUPPORT_PHASES)[number];

/** The last day of one support phase, for some editions or (when none are named) all of them. */
export const SupportEndSchema = z.strictObject({
  phase: z.enum(SUPPORT_PHASES),
  /** May lie in the future: a published end date is a plan, not an event. */
  date: IsoDateSchema,
  editions: z.array(SlugSchema).min(1).optional(),
});
export type SupportEndInput = z.infer<typeof SupportEndSchema>;

/** A release of an OS, so compatibility can say "from version 2004 (build 19041)". */
export const OsReleaseSchema = z.strictObject({
  version: z.string().min(1),
  build: z.number().int().positive(),
  /** General availability (for Windows client, the start of servicing). */
  date: IsoDateSchema.optional(),
  name: LocalizedTextSchema.optional(),
  channel: z.enum(SERVICING_CHANNELS).optional(),
  /** The processor architectures this release shipped for. */
  arch: z.array(ArchitectureSchema).min(1).optional(),
  endOfSupport: z.array(SupportEndSchema).optional(),
  /** Where the build, dates and architectures come from (ids in sources.yaml). */
  sources: z.array(SlugSchema).optional(),
});
export type OsReleaseInput = z.infer<typeof OsReleaseSchema>;
