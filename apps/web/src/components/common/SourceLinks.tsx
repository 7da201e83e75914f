import type { Source } from "@/graphql/types";
import styles from "./SourceLinks.module.css";

/**
 * The documents a fact or an event cites: title, and the site it is on. No hooks and no script of
 * its own: server components render it as HTML, client components (the chat) as part of theirs.
 */
export function SourceLinks({
  sources,
  compact = false,
  externalLink,
}: {
  sources: readonly Source[];
  compact?: boolean;
  /** Said after each link to screen readers: it opens another site in a new tab. */
  externalLink: string;
}) {
  if (sources.length === 0) return null;
  return (
    <ul className={compact ? `${styles.list} ${styles.compact}` : styles.list}>
      {sources.map((s, i) => (
        <li key={`${s.url ?? s.title}-${i}`} className={styles.item}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer" className={styles.link}>
              <span className={styles.title}>{s.title}</span>
              {s.domain && <span className={styles.domain}>{s.domain}</span>}
              <span className="sr-only"> {externalLink}</span>
            </a>
          ) : (
            <span className={styles.title}>{s.title}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
