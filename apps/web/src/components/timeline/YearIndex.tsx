"use client";

import { useI18n } from "@/i18n/I18nProvider";
import styles from "./YearIndex.module.css";

/** Links to each year of the timeline, with how many events it has. */
export function YearIndex({ years }: { years: { year: string; count: number }[] }) {
  const { t } = useI18n();
  if (years.length === 0) return null;
  return (
    <nav aria-label={t.timeline.years} className={styles.index}>
      <ul className={styles.list}>
        {years.map(({ year, count }) => (
          <li key={year}>
            <a href={`#y-${year}`} className={styles.year}>
              {year}
              <span className={styles.count}>{count}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
