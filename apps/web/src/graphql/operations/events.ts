import { operation } from "../document";
import { ENTITY_REF, EVENT_FIELDS, SOURCE_FIELDS } from "../fragments";
import type { Language, PageInfo, TimelineEvent } from "../types";

export interface EventsData {
  events: { totalCount: number; pageInfo: PageInfo; nodes: TimelineEvent[] };
}

export interface EventsVariables {
  from?: string | null;
  to?: string | null;
  entity?: string | null;
  topic?: string | null;
  milestonesOnly?: boolean;
  first: number;
  after?: string | null;
  language: Language;
}

export const EventsDocument = operation<EventsData, EventsVariables>(
  "Events",
  /* GraphQL */ `
    query Events(
      $from: String
      $to: String
      $entity: String
      $topic: String
      $milestonesOnly: Boolean = false
      $first: Int
      $after: String
      $language: Language
    ) {
      events(
        from: $from
        to: $to
        entity: $entity
        topic: $topic
        milestonesOnly: $milestonesOnly
        first: $first
        after: $after
        language: $language
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...EventFields
        }
      }
    }
  `,
  [EVENT_FIELDS, ENTITY_REF, SOURCE_FIELDS],
);
