export * from "./compile/KbBundle.js";
export { compare, type Comparison, type ComparisonCell, type ComparisonRow } from "./graph/compare.js";
export {
  compatibility,
  compatibilityMatrix,
  type CompatibilityCell,
  type CompatibilityQuery,
  type MatrixRow,
} from "./graph/compatibility.js";
export { Graph, type Neighbour, type Stats } from "./graph/Graph.js";
export {
  parseBuild,
  releasesForBuild,
  supportStatus,
  type ParsedBuild,
  type ReleaseMatch,
  type SupportState,
  type SupportStatus,
} from "./graph/releaseByBuild.js";
export type { ErrorMatch, MatchOptions } from "./errors/ErrorMatcher.js";
export { normaliseErrorText } from "./errors/normaliseErrorText.js";
export { timeline, type TimelineFilter } from "./graph/timeline.js";
export { BUNDLE_PATH, loadGraph } from "./loadGraph.js";
export { aliasKey } from "./text/aliasKey.js";
export { foldToSimplified, hasHan, type NameLang } from "./text/chinese.js";
export type { Certainty } from "./schema/fact.js";
export type { ClaimVerdict } from "./schema/claim.js";
export type { EntityKind, RelationType } from "./schema/entity.js";
export { ENTITY_KINDS, RELATION_TYPES } from "./schema/entity.js";
export { SERVICING_CHANNELS, SUPPORT_PHASES, type ServicingChannel, type SupportPhase } from "./schema/release.js";
export type { SupportVerdict } from "./schema/setup.js";
export { ARCHITECTURES, type Architecture } from "./schema/arch.js";
export {
  AUDIENCES,
  CONTAINER_ROUTES,
  HYPERVISOR_TYPES,
  LICENSES,
  LIFECYCLE_STATUSES,
  PRICING_MODELS,
  SUPPORT_LEVELS,
  VALUE_TYPES,
  type Audience,
  type ContainerRoute,
  type LicenseId,
  type LifecycleStatus,
  type ValueType,
} from "./schema/typedValue.js";
export { SearchIndex, foldForSearch, type SearchHit } from "./search/SearchIndex.js";
