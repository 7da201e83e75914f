import type { CSSProperties } from "react";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { staticMarkup } from "@/lib/staticMarkup";
import type { YearGroup } from "@/lib/timeline";
import { TimelineEventItem } from "./TimelineEventItem";
import styles from "./TimelineView.module.css";

/**
 * Years on a vertical line, each with its events: read, never changed by a script, so sent as
 * static HTML (lib/staticMarkup), not as a thousand elements for a phone to hydrate.
 */
export function TimelineView({ groups, locale, t }: { groups: YearGroup[]; locale: Locale; t: Messages }) {
  return (
    <ol
      className={styles.timeline}
      dangerouslySetInnerHTML={staticMarkup(
        groups.map((g) => (
          // The year index links to the year, not to its heading: a link to a sticky heading scrolls
          // to where it is stuck, which is not where its year is.
          <li
            key={g.year}
            id={`y-${g.year}`}
            className={styles.year}
            style={{ "--events": g.events.length } as CSSProperties}
          >
            <h2 className={styles.yearTitle}>{g.year}</h2>
            <ol className={styles.events}>
              {g.events.map((e) => (
                <TimelineEventItem key={e.id} event={e} locale={locale} t={t} />
              ))}
            </ol>
          </li>
        )),
      )}
    />
  );
}
