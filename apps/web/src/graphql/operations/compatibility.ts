import { operation } from "../document";
import type { CompatibilityQuery, CompatibilityQueryVariables } from "../generated";
import { ENTITY_REF, SOURCE_FIELDS } from "../fragments";
import type { Flatten } from "../types";

export type { Architecture } from "../generated";

type Row = CompatibilityQuery["compatibilityMatrix"][number];

/** A row of the matrix; its system's releases and architectures are there when it is an OS. */
export type CompatibilityRow = Omit<Row, "os"> & { os: Flatten<Row["os"]> };
export type CompatibilityData = Omit<CompatibilityQuery, "compatibilityMatrix"> & {
  compatibilityMatrix: CompatibilityRow[];
};
export type CompatibilityVariables = CompatibilityQueryVariables;
export type Setup = CompatibilityData["setups"][number];
export type CompatibilityCell = CompatibilityRow["cells"][number];
/** A feature release with its build, as the matrix's rows list them for their system. */
export type Release = NonNullable<CompatibilityRow["os"]["releases"]>[number];

export const CompatibilityDocument = operation<CompatibilityQuery, CompatibilityQueryVariables>(
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
