import styles from "./ListSkeleton.module.css";

/** A page's shape while it loads: a title, an intro, and rows. */
export function ListSkeleton({ rows = 5, tall = false }: { rows?: number; tall?: boolean }) {
  return (
    <div className={`container page ${styles.page}`} aria-busy="true">
      <div className={`skeleton ${styles.title}`} />
      <div className={`skeleton ${styles.intro}`} />
      <div className={`skeleton ${styles.intro} ${styles.short}`} />
      <div className={styles.rows}>
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className={`skeleton ${tall ? styles.tall : styles.row}`} />
        ))}
      </div>
    </div>
  );
}
