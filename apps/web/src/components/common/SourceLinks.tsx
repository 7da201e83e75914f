"use client";

import type { Source } from "@/graphql/types";
import { useI18n } from "@/i18n/I18nProvider";
import styles from "./SourceLinks.module.css";

/** The documents a fact or an event cites: title, and the site it is on. */
export function SourceLinks({ sources, compact = false }: { sources: readonly Source[]; compact?: boolean }) {
  const { t } = useI18n();
  if (sources.length === 0) return null;
  return (
    <ul className={compact ? `${styles.list} ${styles.compact}` : styles.list}>
      {sources.map((s, i) => (
        <li key={`${s.url ?? s.title}-${i}`} className={styles.item}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer" className={styles.link}>
              <span className={styles.title}>{s.title}</span>
              {s.domain && <span className={styles.domain}>{s.domain}</span>}
              <span className="sr-only"> {t.common.externalLink}</span>
            </a>
          ) : (
            <span className={styles.title}>{s.title}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
