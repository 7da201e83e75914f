import type { Certainty } from "../schema/fact.js";
import type { ClaimVerdict } from "../schema/claim.js";
import type { EntityKind, RelationType } from "../schema/entity.js";
import type { SupportVerdict } from "../schema/setup.js";
import type { Architecture } from "../schema/arch.js";
import type { ServicingChannel, SupportPhase } from "../schema/release.js";
import type {
  Audience,
  ContainerRoute,
  HYPERVISOR_TYPES,
  LicenseId,
  LifecycleStatus,
  PRICING_MODELS,
  SUPPORT_LEVELS,
  ValueType,
} from "../schema/typedValue.js";
import type { KbErrorEntry } from "./KbError.js";

export type { KbErrorConditions, KbErrorEntry, KbErrorMessage, KbFixStep } from "./KbError.js";
import type { LexiconRole } from "../schema/lexicon.js";
import type { NameLang } from "../text/chinese.js";

/** The languages and scripts every text comes in. */
export const LANGS = ["en", "zh-Hans", "zh-Hant"] as const;
export type Lang = (typeof LANGS)[number];

/** A text in all three languages and scripts (Simplified derived at build time). */
export type Text = Readonly<Record<Lang, string>>;

export interface KbSource {
  id: string;
  title: string;
  url: string | null;
  secondary: boolean;
}

export interface KbFact {
  id: string;
  text: Text;
  date: string | null;
  asOf: boolean;
  certainty: Certainty;
  sources: readonly string[];
  /** The entities the fact is about, the owning entity first. */
  entities: readonly string[];
  topics: readonly string[];
}

/** A typed attribute value, told apart by `type` (the attribute's type in attributes.yaml). */
export type KbTypedValue =
  | {
      type: "pricing";
      model: (typeof PRICING_MODELS)[number];
      freeFor: readonly Audience[];
      paidFor: readonly Audience[];
      includedWith: readonly string[];
      since: string | null;
      /** Below both limits a business is a small one (fewer employees, less yearly US$ revenue). */
      smallBusiness: { maxEmployees: number; maxRevenueUsd: number } | null;
    }
  | { type: "license"; id: LicenseId; openSource: boolean }
  | {
      type: "lifecycle";
      status: LifecycleStatus;
      since: string | null;
      sinceVersion: string | null;
      until: string | null;
    }
  | { type: "architectures"; supported: readonly Architecture[]; preview: readonly Architecture[] }
  | { type: "hypervisor"; hypervisorType: (typeof HYPERVISOR_TYPES)[number] }
  | { type: "support"; level: (typeof SUPPORT_LEVELS)[number]; editions: readonly string[] }
  | {
      type: "containers";
      level: (typeof SUPPORT_LEVELS)[number];
      editions: readonly string[];
      via: readonly ContainerRoute[];
      through: readonly string[];
      preview: boolean;
    }
  /** An entry with no editions stands for every edition that OS lists. */
  | { type: "editionSet"; entries: readonly { os: string; editions: readonly string[] }[] };

export interface KbAttributeValue {
  refs: readonly string[] | null;
  value: string | null;
  /** The prose shown to people; the typed value, where there is one, is what verdicts read. */
  text: Text | null;
  typed: KbTypedValue | null;
  facts: readonly string[];
}

export interface KbConditions {
  editions: readonly string[] | null;
  minBuild: number | null;
  arch: Architecture | null;
  from: string | null;
  until: string | null;
  note: Text | null;
}

export interface KbRelation {
  type: RelationType;
  source: string;
  target: string;
  conditions: KbConditions | null;
  facts: readonly string[];
}

export interface KbEdition {
  id: string;
  name: Text;
}

export interface KbSupportEnd {
  phase: SupportPhase;
  date: string;
  /** Null when the date holds for every edition. */
  editions: readonly string[] | null;
}

export interface KbRelease {
  version: string;
  build: number;
  date: string | null;
  name: Text | null;
  channel: ServicingChannel | null;
  /** The architectures the release shipped for; empty when not recorded. */
  arch: readonly Architecture[];
  endOfSupport: readonly KbSupportEnd[];
  sources: readonly string[];
}

export interface KbEntity {
  slug: string;
  kind: EntityKind;
  name: Text;
  aliases: readonly string[];
  /** The language of each alias (same order), judged from its script; null for one without letters. */
  aliasLangs: readonly (NameLang | null)[];
  summary: Text;
  since: string | null;
  attributes: Readonly<Record<string, KbAttributeValue>>;
  editions: readonly KbEdition[];
  releases: readonly KbRelease[];
  /** For OS versions: the architectures it ships for; empty for other kinds. */
  architectures: readonly Architecture[];
  /** Outgoing relations, as written in the entity's file. */
  relations: readonly KbRelation[];
  /** Its name is also the word for a kind of thing (a question may ask for that kind). */
  concept: boolean;
  /** Named beside a Windows version, it asks about every way of running Docker there. */
  asksEverySetup?: boolean;
}

export interface KbEvent {
  id: string;
  date: string;
  title: Text;
  entities: readonly string[];
  sources: readonly string[];
  facts: readonly string[];
  milestone: boolean;
  topics: readonly string[];
}

export interface KbClaim {
  id: string;
  claim: Text;
  verdict: ClaimVerdict;
  correction: Text | null;
  entities: readonly string[];
  facts: readonly string[];
}

export interface KbSupportRule {
  os: string;
  /** Null when the rule holds for every architecture of the OS. */
  arch: readonly Architecture[] | null;
  editions: readonly string[] | null;
  minBuild: number | null;
  verdict: SupportVerdict;
  /** The verdict for the setup's current release; the same as `verdict` unless the data says. */
  current: SupportVerdict;
  reason: Text;
  facts: readonly string[];
}

export interface KbSetup {
  slug: string;
  name: Text;
  summary: Text;
  uses: readonly string[];
  containers: readonly string[];
  rules: readonly KbSupportRule[];
}

export interface KbAttributeDef {
  key: string;
  label: Text;
  /** The typed value every entity's attribute carries; null for display-only attributes. */
  type: ValueType | null;
}

/** The values each typed family allows, so consumers need not hard-code them. */
export interface KbValueTypes {
  architectures: readonly Architecture[];
  pricingModels: readonly (typeof PRICING_MODELS)[number][];
  audiences: readonly Audience[];
  licenses: readonly { id: LicenseId; openSource: boolean }[];
  lifecycleStatuses: readonly LifecycleStatus[];
  hypervisorTypes: readonly (typeof HYPERVISOR_TYPES)[number][];
  supportLevels: readonly (typeof SUPPORT_LEVELS)[number][];
  containerRoutes: readonly ContainerRoute[];
}

/**
 * One entry of the question reader's lexicon. `zh` holds the Chinese cues folded to Simplified
 * characters, the form questions are matched in.
 */
export interface KbLexiconEntry {
  id: string;
  role: LexiconRole;
  slot: string | null;
  value: string | null;
  en: readonly string[];
  zh: readonly string[];
  /** For a question type: read before those of higher rank; null for other roles. */
  rank: number | null;
  /** Cues that cancel this entry's cues, compiled like them; null when none. */
  unless: { en: readonly string[]; zh: readonly string[] } | null;
  /** For an edition qualifier: its name in each language; null where the entry has none. */
  label: Text | null;
}

/** What the build step writes to dist/kb.json: the whole knowledge base, validated. */
export interface KbBundle {
  /** A content hash of data/: changes whenever the data does. */
  dataVersion: string;
  entities: readonly KbEntity[];
  facts: readonly KbFact[];
  events: readonly KbEvent[];
  claims: readonly KbClaim[];
  setups: readonly KbSetup[];
  sources: readonly KbSource[];
  attributes: readonly KbAttributeDef[];
  /** The values each typed attribute family allows. */
  valueTypes: KbValueTypes;
  /** Error messages people paste, with cause and fix, sorted by slug. */
  errors: readonly KbErrorEntry[];
  lexicon: readonly KbLexiconEntry[];
}
