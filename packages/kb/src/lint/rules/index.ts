import type { Rule } from "../Rule.js";
import { ArchitecturesExist } from "./ArchitecturesExist.js";
import { ArchitectureValues } from "./ArchitectureValues.js";
import { BilingualText } from "./BilingualText.js";
import { CanonicalSlugs } from "./CanonicalSlugs.js";
import { CjkSpacing } from "./CjkSpacing.js";
import { ContainerSupportValues } from "./ContainerSupportValues.js";
import { ClaimCorrections } from "./ClaimCorrections.js";
import { EditionSetValues } from "./EditionSetValues.js";
import { EditionsExist } from "./EditionsExist.js";
import { ErrorEntriesComplete } from "./ErrorEntriesComplete.js";
import { FactsSourced } from "./FactsSourced.js";
import { GlossaryTerms } from "./GlossaryTerms.js";
import { KnownAttributes } from "./KnownAttributes.js";
import { LexiconCues } from "./LexiconCues.js";
import { LicenseTerms } from "./LicenseTerms.js";
import { LifecycleStatus } from "./LifecycleStatus.js";
import { MilestoneDates } from "./MilestoneDates.js";
import { PricingTerms } from "./PricingTerms.js";
import { OneTermPerConcept } from "./OneTermPerConcept.js";
import { ReachableSetupRules } from "./ReachableSetupRules.js";
import { ReleaseTables } from "./ReleaseTables.js";
import { ReferencesResolve } from "./ReferencesResolve.js";
import { RegionalTerms } from "./RegionalTerms.js";
import { Schema } from "./Schema.js";
import { SetupsCoverEveryOs } from "./SetupsCoverEveryOs.js";
import { SlugMatchesFileName } from "./SlugMatchesFileName.js";
import { SupportValues } from "./SupportValues.js";
import { TypedAttributesPresent } from "./TypedAttributesPresent.js";
import { UniqueAliases } from "./UniqueAliases.js";
import { UniqueErrorSignatures } from "./UniqueErrorSignatures.js";
import { UniqueIds } from "./UniqueIds.js";
import { UniqueSlugs } from "./UniqueSlugs.js";
import { ValidDates } from "./ValidDates.js";
import { WellFormedUrls } from "./WellFormedUrls.js";

export const rules: readonly Rule[] = [
  Schema,
  UniqueSlugs,
  SlugMatchesFileName,
  UniqueAliases,
  UniqueIds,
  ReferencesResolve,
  ValidDates,
  ReleaseTables,
  FactsSourced,
  WellFormedUrls,
  BilingualText,
  KnownAttributes,
  EditionsExist,
  ArchitecturesExist,
  CanonicalSlugs,
  ClaimCorrections,
  ReachableSetupRules,
  SetupsCoverEveryOs,
  TypedAttributesPresent,
  PricingTerms,
  LicenseTerms,
  LifecycleStatus,
  ArchitectureValues,
  SupportValues,
  ContainerSupportValues,
  EditionSetValues,
  MilestoneDates,
  ErrorEntriesComplete,
  UniqueErrorSignatures,
  GlossaryTerms,
  RegionalTerms,
  OneTermPerConcept,
  CjkSpacing,
  LexiconCues,
];
