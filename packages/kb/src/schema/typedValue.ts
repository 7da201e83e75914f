import { z } from "zod";
import { ArchitectureSchema } from "./arch.js";
import { IsoDateSchema, SlugSchema } from "./text.js";

/**
 * Typed attribute values: what a verdict is read from, so "Is Docker Desktop free for a large
 * company?" is answered from `paidFor`, not from an English sentence. The prose stays beside
 * the value for display. Each family's allowed values live here and go into the bundle.
 */

/** How a product is paid for. `included`: no separate charge, it comes with another product. */
export const PRICING_MODELS = ["free", "paid", "freemium", "subscription", "included"] as const;
/**
 * Who uses a product, as licence terms tell them apart. The groups do not overlap, so together
 * they cover every user: commercial use is small-business plus large-business.
 */
export const AUDIENCES = [
  "personal",
  "education",
  "open-source",
  "small-business",
  "large-business",
  "government",
] as const;
export type Audience = (typeof AUDIENCES)[number];

export const PricingSchema = z.strictObject({
  model: z.enum(PRICING_MODELS),
  freeFor: z.array(z.enum(AUDIENCES)).default([]),
  paidFor: z.array(z.enum(AUDIENCES)).default([]),
  /** For `included`: the products it comes with. */
  includedWith: z.array(SlugSchema).default([]),
  /** When these terms took effect. */
  since: IsoDateSchema.optional(),
  /**
   * Where small businesses use it free: below both limits (fewer employees and less annual
   * revenue in US dollars); at either one or above, a business is a large one.
   */
  smallBusiness: z
    .strictObject({ maxEmployees: z.number().int().positive(), maxRevenueUsd: z.number().positive() })
    .optional(),
});

/** Licence identifiers (SPDX, or `proprietary`), each with whether it is an open-source licence. */
export const LICENSES = {
  "Apache-2.0": true,
  MIT: true,
  "GPL-2.0-only": true,
  "GPL-3.0-only": true,
  proprietary: false,
} as const;
export type LicenseId = keyof typeof LICENSES;
const LICENSE_IDS = Object.keys(LICENSES) as [LicenseId, ...LicenseId[]];

export const LicenseSchema = z.strictObject({
  id: z.enum(LICENSE_IDS),
  openSource: z.boolean(),
});

/**
 * Where a product, feature or release stands today; every status but `active` has a date.
 * `extended-support`: mainstream support has ended, security updates go on until `until`.
 * `superseded`: replaced by a successor its maker recommends instead.
 */
export const LIFECYCLE_STATUSES = [
  "active",
  "extended-support",
  "superseded",
  "deprecated",
  "archived",
  "removed",
  "end-of-support",
] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export const LifecycleSchema = z.strictObject({
  status: z.enum(LIFECYCLE_STATUSES),
  /** When the status began. */
  since: IsoDateSchema.optional(),
  /** The release it began with, where no date is sourced (e.g. "Docker Engine 23.0"). */
  sinceVersion: z.string().min(1).optional(),
  /** When support ends, where that is announced. */
  until: IsoDateSchema.optional(),
});

/** The architectures a product runs on: supported, and in preview or early access. */
export const ArchitecturesValueSchema = z.strictObject({
  supported: z.array(ArchitectureSchema).min(1),
  preview: z.array(ArchitectureSchema).default([]),
});

export const HYPERVISOR_TYPES = ["type-1", "type-2"] as const;

/** Whether something runs a kind of container: yes, no, or partly (only some editions). */
export const SUPPORT_LEVELS = ["yes", "no", "partly"] as const;
export const SupportValueSchema = z.strictObject({
  level: z.enum(SUPPORT_LEVELS),
  /** For `partly`: the OS editions it works on. */
  editions: z.array(SlugSchema).default([]),
});

/**
 * How containers of a kind run on something: on its own kernel (`native`), in a Linux VM
 * (Docker Toolbox's VirtualBox VM, Docker Desktop's Hyper-V VM), in WSL 2's VM (`wsl-2`), or
 * each in a small VM of its own next to Windows containers (`lcow`).
 */
export const CONTAINER_ROUTES = ["native", "linux-vm", "wsl-2", "lcow"] as const;
export type ContainerRoute = (typeof CONTAINER_ROUTES)[number];

/**
 * Whether something runs Linux containers and how, so "Can Windows 7 run Linux containers?" is
 * answered from a level and a route, not from a sentence: "partly" names the editions it holds
 * on, as `support` does; `through` names the products that run them there.
 */
export const ContainerSupportSchema = z.strictObject({
  level: z.enum(SUPPORT_LEVELS),
  editions: z.array(SlugSchema).default([]),
  via: z.array(z.enum(CONTAINER_ROUTES)).default([]),
  through: z.array(SlugSchema).default([]),
  /** Only as a preview or an experimental feature. */
  preview: z.boolean().default(false),
});

/**
 * Which editions of which OS versions something has or works on. An OS names itself; a product
 * names each OS it works on. An entry without editions means every edition that OS lists.
 */
export const EditionSetSchema = z
  .array(
    z.strictObject({
      os: SlugSchema,
      editions: z.array(SlugSchema).default([]),
    }),
  )
  .min(1);

/** The typed families, each the name of the key it is written under in an attribute value. */
export const VALUE_TYPES = [
  "pricing",
  "license",
  "lifecycle",
  "architectures",
  "hypervisor",
  "support",
  "containers",
  "editionSet",
] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** The typed keys an attribute value may carry; attributes.yaml says which one each attribute has. */
export const TypedFields = {
  pricing: PricingSchema.optional(),
  license: LicenseSchema.optional(),
  lifecycle: LifecycleSchema.optional(),
  architectures: ArchitecturesValueSchema.optional(),
  hypervisor: z.enum(HYPERVISOR_TYPES).optional(),
  support: SupportValueSchema.optional(),
  containers: ContainerSupportSchema.optional(),
  editionSet: EditionSetSchema.optional(),
};
