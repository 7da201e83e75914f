import { operation } from "../document";
import type { SearchQuery, SearchQueryVariables } from "../generated";
import { ENTITY_REF } from "../fragments";

export type SearchData = SearchQuery;
export type SearchVariables = SearchQueryVariables;
export type SearchHit = SearchData["search"][number];

export const SearchDocument = operation<SearchQuery, SearchQueryVariables>(
  "Search",
  /* GraphQL */ `
    query Search($query: String!, $first: Int, $language: Language) {
      search(query: $query, first: $first, language: $language) {
        score
        entity {
          ...EntityRef
          summary(language: $language)
        }
        fact {
          id
          text(language: $language)
          entities {
            ...EntityRef
          }
        }
      }
    }
  `,
  [ENTITY_REF],
);
