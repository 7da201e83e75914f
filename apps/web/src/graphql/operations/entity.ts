import { operation } from "../document";
import { CLAIM_FIELDS, ENTITY_REF, FACT_FIELDS, SOURCE_FIELDS } from "../fragments";
import type {
  Certainty,
  Claim,
  EntityRef,
  Fact,
  Language,
  RelationDirection,
  RelationType,
  Source,
  TimelineEvent,
} from "../types";
import type { Release } from "./compatibility";

export interface Attribute {
  key: string;
  label: string;
  value: string;
  entities: EntityRef[];
  facts: Fact[];
}

export interface RelationConditions {
  editions: string[] | null;
  minBuild: number | null;
  arch: string | null;
  from: string | null;
  until: string | null;
  note: string | null;
}

export interface Relation {
  type: RelationType;
  direction: RelationDirection;
  entity: EntityRef;
  conditions: RelationConditions | null;
  facts: { id: string }[];
}

/** An event as an entry's own timeline shows it (the full timeline has the rest). */
export type EntityEvent = Pick<TimelineEvent, "id" | "date" | "title" | "milestone">;

export interface EntityFact extends Fact {
  date: string | null;
  certainty: Certainty;
  topics: string[];
}

export interface EntityDetail extends EntityRef {
  summary: string;
  aliases: string[];
  since: string | null;
  attributes: Attribute[];
  relations: { totalCount: number; nodes: Relation[] };
  events: { totalCount: number; nodes: EntityEvent[] };
  facts: EntityFact[];
  sources: (Source & { secondary: boolean })[];
  claims: Claim[];
  editions?: { id: string; name: string }[];
  releases?: Release[];
}

export interface EntityData {
  entity: EntityDetail | null;
}

export interface EntityVariables {
  slug: string;
  language: Language;
}

export const EntityDocument = operation<EntityData, EntityVariables>(
  "Entity",
  /* GraphQL */ `
    query Entity($slug: String!, $language: Language) {
      entity(slug: $slug) {
        ...EntityRef
        summary(language: $language)
        aliases
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

export interface EntityExistsData {
  entity: { slug: string; name: string } | null;
}

export const EntityExistsDocument = operation<EntityExistsData, EntityVariables>(
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
