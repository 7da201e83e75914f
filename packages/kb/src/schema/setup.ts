import { z } from "zod";
import { ArchitectureSchema } from "./arch.js";
import { LocalizedTextSchema, SlugSchema } from "./text.js";

export const SUPPORT_VERDICTS = ["YES", "NO", "PARTLY"] as const;
export type SupportVerdict = (typeof SUPPORT_VERDICTS)[number];

/**
 * Whether a setup works on an OS. Rules are read in order and the first that matches an OS,
 * architecture, edition and build wins, so narrow rules (an edition, a build) come before broad ones.
 */
export const SupportRuleSchema = z.strictObject({
  os: SlugSchema,
  /** The architectures the rule is about; every architecture of the OS when left out. */
  arch: z.array(ArchitectureSchema).min(1).optional(),
  editions: z.array(SlugSchema).optional(),
  minBuild: z.number().int().positive().optional(),
  verdict: z.enum(SUPPORT_VERDICTS),
  /**
   * The verdict for the setup's current release, where it differs from the verdict over all its
   * releases: "older Docker for Windows releases ran on this build" is PARTLY, but today's Docker
   * Desktop does not (NO). A question about now ("still", "today") is answered by it.
   */
  current: z.enum(SUPPORT_VERDICTS).optional(),
  reason: LocalizedTextSchema,
  facts: z.array(SlugSchema).min(1),
});
export type SupportRuleInput = z.infer<typeof SupportRuleSchema>;

/** A way to run Docker on Windows: the products and hypervisor it combines, and where it works. */
export const SetupSchema = z.strictObject({
  slug: SlugSchema,
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  uses: z.array(SlugSchema).min(1),
  /** The kinds of container it runs, the one it is built for first. */
  containers: z.array(SlugSchema).min(1),
  rules: z.array(SupportRuleSchema).min(1),
});
export type SetupInput = z.infer<typeof SetupSchema>;
