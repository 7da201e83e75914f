import { operation } from "../document";
import { ENTITY_REF } from "../fragments";
import type { EntityRef, Language, PageInfo } from "../types";

export interface EntitiesData {
  entities: { pageInfo: PageInfo; nodes: EntityRef[] };
}

export interface EntitiesVariables {
  first: number;
  after?: string | null;
  language: Language;
}

/** Every entry's slug, name and kind, a page at a time. */
export const EntitiesDocument = operation<EntitiesData, EntitiesVariables>(
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
