import { cache } from "react";
import { execute } from "@/graphql/client";
import { EventsDocument, type EventsData } from "@/graphql/operations/events";
import type { TimelineEvent } from "@/graphql/types";
import { apiLanguage, type Locale } from "@/i18n/locales";
import type { TimelineFilters } from "@/lib/timelineFilters";

/** The API pages events 100 at a time; the timeline is short, so a few pages at most. */
const PAGE = 100;
const MAX_PAGES = 10;

const eventsOnce = cache(async (filtersKey: string, locale: Locale): Promise<TimelineEvent[]> => {
  const f = JSON.parse(filtersKey) as TimelineFilters;
  const events: TimelineEvent[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data: EventsData = await execute(EventsDocument, {
      from: f.from,
      to: f.to,
      entity: f.entity,
      topic: f.topic,
      milestonesOnly: f.milestones,
      first: PAGE,
      after,
      language: apiLanguage(locale),
    });
    events.push(...data.events.nodes);
    if (!data.events.pageInfo.hasNextPage || !data.events.pageInfo.endCursor) break;
    after = data.events.pageInfo.endCursor;
  }
  return events;
});

/** Every event that passes the filters, oldest first. */
export function getEvents(filters: TimelineFilters, locale: Locale): Promise<TimelineEvent[]> {
  return eventsOnce(JSON.stringify(filters), locale);
}
