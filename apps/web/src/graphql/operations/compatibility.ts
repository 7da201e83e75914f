import { operation } from "../document";
import { ENTITY_REF, SOURCE_FIELDS } from "../fragments";
import type { EntityRef, Language, Source, Verdict } from "../types";

/** A processor architecture an operating system ships for. */
export type Architecture = "X86" | "X64" | "ARM64";

export interface Release {
  version: string;
  build: number;
  date: string | null;
  name: string | null;
}

export interface CompatibilityCell {
  setup: { slug: string };
  arch: Architecture | null;
  verdict: Verdict | null;
  reason: string | null;
  facts: { id: string; sources: Source[] }[];
}

export interface CompatibilityRow {
  os: EntityRef & { releases?: Release[]; architectures?: Architecture[] };
  arch: Architecture | null;
  edition: { id: string; name: string } | null;
  minBuild: number | null;
  maxBuild: number | null;
  cells: CompatibilityCell[];
}

export interface Setup {
  slug: string;
  name: string;
  summary: string;
  uses: EntityRef[];
  containers: EntityRef[];
}

export interface CompatibilityData {
  setups: Setup[];
  compatibilityMatrix: CompatibilityRow[];
}

export interface CompatibilityVariables {
  language: Language;
}

export const CompatibilityDocument = operation<CompatibilityData, CompatibilityVariables>(
  "Compatibility",
  /* GraphQL */ `
    query Compatibility($language: Language) {
      setups(language: $language) {
        slug
        name(language: $language)
        summary(language: $language)
        uses {
          ...EntityRef
        }
        containers {
          ...EntityRef
        }
      }
      compatibilityMatrix(language: $language) {
        os {
          ...EntityRef
          ... on OperatingSystem {
            releases {
              version
              build
              date
              name(language: $language)
            }
            architectures
          }
        }
        arch
        edition {
          id
          name(language: $language)
        }
        minBuild
        maxBuild
        cells {
          setup {
            slug
          }
          arch
          verdict
          reason(language: $language)
          facts {
            id
            sources {
              ...SourceFields
            }
          }
        }
      }
    }
  `,
  [ENTITY_REF, SOURCE_FIELDS],
);
