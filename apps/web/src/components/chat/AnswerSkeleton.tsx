import styles from "./AnswerSkeleton.module.css";

/** The shape of an answer card while it loads, so nothing jumps when it arrives. */
export function AnswerSkeleton({ label }: { label: string }) {
  return (
    <div className={styles.card}>
      <span className={styles.label}>
        <span className={styles.dot} aria-hidden="true" />
        {label}
      </span>
      <div className={`skeleton ${styles.line}`} />
      <div className={`skeleton ${styles.line}`} />
      <div className={`skeleton ${styles.line} ${styles.short}`} />
    </div>
  );
}
