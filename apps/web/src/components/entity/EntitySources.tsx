import type { EntityDetail } from "@/graphql/operations/entity";
import type { Messages } from "@/i18n/messages";
import styles from "./EntitySources.module.css";

/** Every document the entry's facts cite, once each; mirrors and news marked as secondary. */
export function EntitySources({ sources, t }: { sources: EntityDetail["sources"]; t: Messages }) {
  return (
    <ul className={styles.list}>
      {sources.map((s, i) => (
        <li key={`${s.url ?? s.title}-${i}`} className={styles.item}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            <span>{s.title}</span>
          )}
          {s.domain && <span className={styles.domain}>{s.domain}</span>}
          {s.secondary && <span className={styles.secondary}>{t.entity.secondary}</span>}
        </li>
      ))}
    </ul>
  );
}
