import { operation } from "../document";
import { ENTITY_REF } from "../fragments";
import type { EntityRef, Language } from "../types";

export interface SearchHit {
  score: number;
  entity: (EntityRef & { summary: string }) | null;
  fact: { id: string; text: string; entities: EntityRef[] } | null;
}

export interface SearchData {
  search: SearchHit[];
}

export interface SearchVariables {
  query: string;
  first: number;
  language: Language;
}

export const SearchDocument = operation<SearchData, SearchVariables>(
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
