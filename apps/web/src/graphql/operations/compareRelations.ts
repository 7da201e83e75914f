import { operation } from "../document";
import { ENTITY_REF, FACT_FIELDS, SOURCE_FIELDS } from "../fragments";
import type { EntityRef, Fact, Language, RelationType } from "../types";

export interface CompareRelation {
  type: RelationType;
  entity: EntityRef & { editions?: { id: string; name: string }[] };
  conditions: { editions: string[] | null; minBuild: number | null; from: string | null; until: string | null } | null;
  facts: Fact[];
}

export interface CompareRelationsData {
  entity: { slug: string; relations: { nodes: CompareRelation[] } } | null;
}

export interface CompareRelationsVariables {
  slug: string;
  language: Language;
}

/** One compared entry's relations, with the editions of the systems it runs on: the yes/no rows. */
export const CompareRelationsDocument = operation<CompareRelationsData, CompareRelationsVariables>(
  "CompareRelations",
  /* GraphQL */ `
    query CompareRelations($slug: String!, $language: Language) {
      entity(slug: $slug) {
        slug
        relations(first: 100) {
          nodes {
            type
            entity {
              ...EntityRef
              ... on OperatingSystem {
                editions {
                  id
                  name(language: $language)
                }
              }
            }
            conditions {
              editions
              minBuild
              from
              until
            }
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
