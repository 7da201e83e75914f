import { operation } from "../document";
import type { EntityExistsQuery, EntityQuery, EntityQueryVariables } from "../generated";
import { CLAIM_FIELDS, ENTITY_REF, FACT_FIELDS, SOURCE_FIELDS } from "../fragments";
import type { Flatten } from "../types";

type EntityNode = NonNullable<EntityQuery["entity"]>;

/** An entry of any kind; what only an operating system has (editions, releases) is optional. */
export type EntityDetail = Flatten<EntityNode>;
export type Attribute = EntityNode["attributes"][number];
export type Relation = EntityNode["relations"]["nodes"][number];
export type RelationConditions = NonNullable<Relation["conditions"]>;
/** An event as an entry's own timeline shows it (the full timeline has the rest). */
export type EntityEvent = EntityNode["events"]["nodes"][number];
export type EntityFact = EntityNode["facts"][number];

export interface EntityData {
  entity: EntityDetail | null;
}

export type EntityVariables = EntityQueryVariables;

export const EntityDocument = operation<EntityQuery, EntityQueryVariables>(
  "Entity",
  /* GraphQL */ `
    query Entity($slug: String!, $language: Language) {
      entity(slug: $slug) {
        ...EntityRef
        summary(language: $language)
        aliasNames {
          text
          lang
        }
        since
        attributes {
          key
          label(language: $language)
          value(language: $language)
          entities {
            ...EntityRef
          }
          facts {
            ...FactFields
          }
        }
        relations(first: 100) {
          totalCount
          nodes {
            type
            direction
            entity {
              ...EntityRef
            }
            conditions {
              editions
              minBuild
              arch
              from
              until
              note(language: $language)
            }
            facts {
              id
            }
          }
        }
        events(first: 100) {
          totalCount
          nodes {
            id
            date
            title(language: $language)
            milestone
          }
        }
        facts {
          ...FactFields
          date
          certainty
          topics
        }
        sources {
          ...SourceFields
          secondary
        }
        claims {
          ...ClaimFields
        }
        ... on OperatingSystem {
          editions {
            id
            name(language: $language)
          }
          releases {
            version
            build
            date
            name(language: $language)
          }
        }
      }
    }
  `,
  [ENTITY_REF, FACT_FIELDS, SOURCE_FIELDS, CLAIM_FIELDS],
);

export type EntityExistsData = EntityExistsQuery;

export const EntityExistsDocument = operation<EntityExistsQuery, EntityQueryVariables>(
  "EntityExists",
  /* GraphQL */ `
    query EntityExists($slug: String!, $language: Language) {
      entity(slug: $slug) {
        slug
        name(language: $language)
      }
    }
  `,
);
