import { operation } from "../document";
import type { CompareRelationsQuery, CompareRelationsQueryVariables } from "../generated";
import { ENTITY_REF, FACT_FIELDS, SOURCE_FIELDS } from "../fragments";
import type { Flatten } from "../types";

export type CompareRelationsData = CompareRelationsQuery;
type Node = NonNullable<CompareRelationsData["entity"]>["relations"]["nodes"][number];
/** A relation of a compared entry; the other end's editions are there when it is an OS. */
export type CompareRelation = Omit<Node, "entity"> & { entity: Flatten<Node["entity"]> };

/** One compared entry's relations, with the editions of the systems it runs on: the yes/no rows. */
export const CompareRelationsDocument = operation<CompareRelationsQuery, CompareRelationsQueryVariables>(
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
