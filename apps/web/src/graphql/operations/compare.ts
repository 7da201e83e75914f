import { operation } from "../document";
import type { CompareQuery, CompareQueryVariables } from "../generated";
import { ENTITY_REF, FACT_FIELDS, SOURCE_FIELDS } from "../fragments";

export type CompareData = CompareQuery;
export type CompareVariables = CompareQueryVariables;
export type ComparisonRow = CompareData["compare"]["rows"][number];

export const CompareDocument = operation<CompareQuery, CompareQueryVariables>(
  "Compare",
  /* GraphQL */ `
    query Compare($slugs: [String!]!, $language: Language) {
      compare(slugs: $slugs, language: $language) {
        entities {
          ...EntityRef
          summary(language: $language)
        }
        rows {
          key
          label(language: $language)
          differs
          cells {
            value(language: $language)
            facts {
              ...FactFields
            }
            pricing {
              model
              freeFor
              paidFor
              since
              smallBusiness {
                maxEmployees
                maxRevenueUsd
              }
            }
          }
        }
      }
    }
  `,
  [ENTITY_REF, FACT_FIELDS, SOURCE_FIELDS],
);
