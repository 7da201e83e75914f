import styles from "./OnThisPage.module.css";

/** Links to the sections of a long page. */
export function OnThisPage({
  label,
  sections,
}: {
  label: string;
  sections: { id: string; title: string; count?: number }[];
}) {
  return (
    <nav aria-label={label} className={styles.nav}>
      <ul className={styles.list}>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} className={styles.link}>
              {s.title}
              {s.count !== undefined && <span className={styles.count}>{s.count}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
