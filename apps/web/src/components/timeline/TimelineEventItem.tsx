import type { TimelineEvent } from "@/graphql/types";
import { formatDate } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { eventAnchor } from "@/lib/ids";
import { EntityChips } from "../common/EntityChip";
import { SourceLinks } from "../common/SourceLinks";
import styles from "./TimelineEventItem.module.css";

/**
 * One event on the line: date, title, what it is about, and where it is documented. A server
 * component: the page holds about a hundred of them, and none needs a script of its own.
 */
export function TimelineEventItem({ event, locale, t }: { event: TimelineEvent; locale: Locale; t: Messages }) {
  const anchor = eventAnchor(event.id);
  return (
    <li id={anchor} className={styles.item} data-milestone={event.milestone || undefined}>
      <span className={styles.dot} aria-hidden="true">
        {event.milestone ? "★" : ""}
      </span>
      <article className={styles.card} aria-labelledby={`${anchor}-title`}>
        <div className={styles.meta}>
          <time dateTime={event.date} className={styles.date}>
            {formatDate(locale, event.date)}
          </time>
          {event.milestone && <span className={styles.milestone}>{t.timeline.milestone}</span>}
          {event.topics.map((topic) => (
            <span key={topic} className={styles.topic}>
              {t.timeline.topics[topic] ?? topic}
            </span>
          ))}
          <a
            href={`#${anchor}`}
            className={styles.permalink}
            aria-label={t.timeline.permalink}
            title={t.timeline.permalink}
          >
            #
          </a>
        </div>
        <h3 id={`${anchor}-title`} className={styles.title}>
          {event.title}
        </h3>
        <EntityChips entities={event.entities} />
        {event.sources.length > 0 && <SourceLinks sources={event.sources} compact />}
      </article>
    </li>
  );
}
