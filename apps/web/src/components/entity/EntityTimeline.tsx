import Link from "next/link";
import type { EntityEvent } from "@/graphql/operations/entity";
import { formatDate } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { eventHref } from "@/lib/paths";
import styles from "./EntityTimeline.module.css";

/** The entry's own events, on a small vertical line, each linking to its place on the full timeline. */
export function EntityTimeline({
  events,
  slug,
  locale,
  t,
}: {
  events: EntityEvent[];
  slug: string;
  locale: Locale;
  t: Messages;
}) {
  return (
    <>
      <ol className={styles.line}>
        {events.map((e) => (
          <li key={e.id} className={styles.event} data-milestone={e.milestone || undefined}>
            <time dateTime={e.date} className={styles.date}>
              {formatDate(locale, e.date, "short")}
            </time>
            <Link href={eventHref(locale, e.id)} className={styles.title} prefetch={false}>
              {e.milestone && (
                <span className={styles.star} aria-label={t.timeline.milestone}>
                  ★{" "}
                </span>
              )}
              {e.title}
            </Link>
          </li>
        ))}
      </ol>
      <p className={styles.more}>
        <Link href={`/${locale}/timeline?entity=${encodeURIComponent(slug)}`}>{t.entity.fullTimeline} →</Link>
      </p>
    </>
  );
}
