import type { TimelineEvent } from "@/graphql/types";
import { formatDate } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { eventAnchor } from "@/lib/ids";
import { entityHref } from "@/lib/paths";
import styles from "./TimelineEventItem.module.css";

/**
 * One event on the line: date (its permalink), title, what it is about, and where it is
 * documented. A server component with as few elements as the layout needs: the page holds about a
 * hundred events, and every element is parsed, laid out and hydrated on a phone. The item is the
 * card, its dot is drawn by CSS, the topics are one line, and links are plain anchors in a line
 * (no list item or script per link); sources open in the same tab, so they need no notice.
 */
export function TimelineEventItem({ event, locale, t }: { event: TimelineEvent; locale: Locale; t: Messages }) {
  const anchor = eventAnchor(event.id);
  const topics = event.topics.map((topic) => t.timeline.topics[topic] ?? topic).join(" · ");
  return (
    <li id={anchor} className={styles.item} data-milestone={event.milestone || undefined}>
      <div className={styles.meta}>
        <a href={`#${anchor}`} className={styles.date} title={t.timeline.permalink}>
          <time dateTime={event.date}>{formatDate(locale, event.date)}</time>
        </a>
        {event.milestone && <span className={styles.milestone}>{t.timeline.milestone}</span>}
        {topics && <span className={styles.topic}>{topics}</span>}
      </div>
      <h3 id={`${anchor}-title`} className={styles.title}>
        {event.title}
      </h3>
      {event.entities.length > 0 && (
        <p className={styles.chips}>
          {event.entities.map((e) => (
            <a key={e.slug} href={entityHref(locale, e.slug)} className={styles.chip}>
              {e.name}
            </a>
          ))}
        </p>
      )}
      {event.sources.length > 0 && (
        <p className={styles.sources}>
          {event.sources.map((s, i) =>
            s.url ? (
              <a key={`${s.url}-${i}`} href={s.url} rel="noopener noreferrer" className={styles.source}>
                {s.title}
                {s.domain && <span className={styles.domain}>{s.domain}</span>}
              </a>
            ) : (
              <span key={`${s.title}-${i}`}>{s.title}</span>
            ),
          )}
        </p>
      )}
    </li>
  );
}
