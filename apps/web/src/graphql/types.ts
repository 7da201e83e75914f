/** The API's enums and the shapes that several operations share (see fragments.ts). */
import type { ApiLanguage } from "@/i18n/locales";

export type Language = ApiLanguage;
export type Verdict = "YES" | "NO" | "PARTLY";
export type AnswerStatus = "ANSWERED" | "NOT_FOUND";
export type EntityKind = "COMPANY" | "PRODUCT" | "OS_VERSION" | "HYPERVISOR" | "CONTAINER_TYPE" | "TECHNOLOGY";
export type Intent = "YES_NO" | "WHEN" | "WHAT_IS" | "COMPARE" | "LIST" | "HOW" | "HISTORY" | "UNKNOWN";
export type Certainty = "CONFIRMED" | "ARTICLE_ONLY" | "ARTICLE_GUESS" | "CONTRADICTED";
export type ClaimVerdict = "CORRECT" | "IMPRECISE" | "WRONG" | "OUTDATED" | "GUESS";
export type RelationType =
  | "MADE_BY"
  | "RUNS_ON"
  | "REQUIRES"
  | "INCLUDES"
  | "USES"
  | "BASED_ON"
  | "PART_OF"
  | "VERSION_OF"
  | "SUCCEEDED_BY"
  | "SUPPORTS"
  | "DOES_NOT_SUPPORT"
  | "CONFLICTS_WITH"
  | "COEXISTS_WITH"
  | "ALTERNATIVE_TO"
  | "IMPLEMENTS";
export type RelationDirection = "OUTGOING" | "INCOMING";

/** SourceFields */
export interface Source {
  title: string;
  url: string | null;
  domain: string | null;
}

/** FactFields */
export interface Fact {
  id: string;
  text: string;
  sources: Source[];
}

/** EntityRef */
export interface EntityRef {
  slug: string;
  name: string;
  kind: EntityKind;
}

/** ClaimFields */
export interface Claim {
  id: string;
  claim: string;
  verdict: ClaimVerdict;
  correction: string | null;
}

/** EventFields */
export interface TimelineEvent {
  id: string;
  date: string;
  title: string;
  milestone: boolean;
  topics: string[];
  entities: EntityRef[];
  sources: Source[];
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
