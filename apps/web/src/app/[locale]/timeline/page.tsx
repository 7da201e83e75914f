import type { Metadata } from "next";
import type { CSSProperties } from "react";
import { ApiErrorNotice } from "@/components/common/ApiErrorNotice";
import { TimelineFiltersForm } from "@/components/timeline/TimelineFiltersForm";
import { TimelineView } from "@/components/timeline/TimelineView";
import { YearIndex } from "@/components/timeline/YearIndex";
import { getEvents } from "@/data/events";
import { load } from "@/graphql/client";
import { plural } from "@/i18n/format";
import { i18nOf } from "@/i18n/server";
import { pageMetadata } from "@/lib/metadata";
import type { SearchParams } from "@/lib/params";
import { groupByYear, timelineFacets, yearGrid } from "@/lib/timeline";
import { hasFilters, readTimelineFilters, timelineQuery, type TimelineFilters } from "@/lib/timelineFilters";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const NONE: TimelineFilters = { entity: null, topic: null, from: null, to: null, milestones: false };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, t } = await i18nOf(params);
  const filters = readTimelineFilters(await searchParams);
  return pageMetadata(locale, "/timeline", {
    title: t.timeline.title,
    description: t.timeline.intro,
    query: timelineQuery(filters),
  });
}

/** The timeline: events by year on a vertical line, milestones highlighted, filters in the URL. */
export default async function TimelinePage({ params, searchParams }: Props) {
  const { locale, t } = await i18nOf(params);
  const filters = readTimelineFilters(await searchParams);
  const filtered = hasFilters(filters);
  const [all, shown] = await Promise.all([
    load(getEvents(NONE, locale)),
    filtered ? load(getEvents(filters, locale)) : Promise.resolve(null),
  ]);
  const result = shown ?? all;
  const facets = all.ok ? timelineFacets(all.data, new Intl.Collator(locale)) : { entities: [], topics: [], years: [] };
  const groups = result.ok ? groupByYear(result.data) : [];

  return (
    <div className="container page" style={yearGrid(groups.length) as CSSProperties}>
      <h1>{t.timeline.title}</h1>
      <p className="page-intro">{t.timeline.intro}</p>
      <TimelineFiltersForm
        filters={filters}
        entities={facets.entities}
        topics={facets.topics.map((topic) => ({ value: topic, label: t.timeline.topics[topic] ?? topic }))}
        years={facets.years}
      />
      {!result.ok ? (
        <ApiErrorNotice kind={result.error.kind} />
      ) : (
        <>
          <div className={styles.summary}>
            <p className={styles.count} role="status">
              {plural(locale, result.data.length, t.timeline.count)}
            </p>
            <YearIndex years={groups.map((g) => ({ year: g.year, count: g.events.length }))} label={t.timeline.years} />
          </div>
          {groups.length === 0 ? (
            <p className={styles.none}>{t.timeline.none}</p>
          ) : (
            <TimelineView groups={groups} locale={locale} t={t} />
          )}
        </>
      )}
    </div>
  );
}
