import { operation } from "../document";
import { ENTITY_REF, FACT_FIELDS, SOURCE_FIELDS } from "../fragments";
import type { EntityRef, Fact, Language } from "../types";

export interface ComparisonRow {
  key: string;
  label: string;
  differs: boolean;
  cells: ({ value: string; facts: Fact[] } | null)[];
}

export interface CompareData {
  compare: { entities: (EntityRef & { summary: string })[]; rows: ComparisonRow[] };
}

export interface CompareVariables {
  slugs: string[];
  language: Language;
}

export const CompareDocument = operation<CompareData, CompareVariables>(
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
          }
        }
      }
    }
  `,
  [ENTITY_REF, FACT_FIELDS, SOURCE_FIELDS],
);
