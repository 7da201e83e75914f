import { operation } from "../document";
import type { EntitiesQuery, EntitiesQueryVariables } from "../generated";
import { ENTITY_REF } from "../fragments";

export type EntitiesData = EntitiesQuery;
export type EntitiesVariables = EntitiesQueryVariables;

/** Every entry's slug, name and kind, a page at a time. */
export const EntitiesDocument = operation<EntitiesQuery, EntitiesQueryVariables>(
  "Entities",
  /* GraphQL */ `
    query Entities($first: Int, $after: String, $language: Language) {
      entities(first: $first, after: $after, language: $language) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...EntityRef
        }
      }
    }
  `,
  [ENTITY_REF],
);
