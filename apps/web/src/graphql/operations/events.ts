import { operation } from "../document";
import type { EventsQuery, EventsQueryVariables } from "../generated";
import { ENTITY_REF, EVENT_FIELDS, SOURCE_FIELDS } from "../fragments";

export type EventsData = EventsQuery;
export type EventsVariables = EventsQueryVariables;

export const EventsDocument = operation<EventsQuery, EventsQueryVariables>(
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
