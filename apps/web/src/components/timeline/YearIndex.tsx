import styles from "./YearIndex.module.css";

/** Links to each year of the timeline, with how many events it has (a server component). */
export function YearIndex({ years, label }: { years: { year: string; count: number }[]; label: string }) {
  if (years.length === 0) return null;
  return (
    <nav aria-label={label} className={styles.index}>
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
