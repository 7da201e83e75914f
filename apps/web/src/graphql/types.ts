/**
 * The API's enums and the shapes that several operations share (fragments.ts), as generated.ts
 * has them: generated from the API's schema and the web app's documents (scripts/codegen.mjs),
 * never written by hand.
 */
import type {
  ClaimFieldsFragment,
  EntityRefFragment,
  EventFieldsFragment,
  FactFieldsFragment,
  SourceFieldsFragment,
} from "./generated";

export type {
  AnswerStatus,
  Architecture,
  Certainty,
  ClaimVerdict,
  EntityKind,
  ErrorMatchKind,
  FeedbackInput,
  Intent,
  Language,
  RelationDirection,
  RelationType,
  Verdict,
} from "./generated";

/** SourceFields */
export type Source = SourceFieldsFragment;
/** FactFields */
export type Fact = FactFieldsFragment;
/** EntityRef */
export type EntityRef = EntityRefFragment;
/** ClaimFields */
export type Claim = ClaimFieldsFragment;
/** EventFields */
export type TimelineEvent = EventFieldsFragment;

type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/**
 * What an operation selects on an interface (Entity) comes as a union, a type per implementer;
 * this is the one object type a component reads: the fields every member has, and the fields
 * only some have (an operating system's editions) as optional. Every member is assignable to it.
 */
export type Flatten<U> = { [K in keyof U]: U[K] } & {
  [K in Exclude<KeysOfUnion<U>, keyof U>]?: U extends { [P in K]: infer V } ? V : never;
};

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
