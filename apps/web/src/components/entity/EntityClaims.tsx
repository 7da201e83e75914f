import type { Claim } from "@/graphql/types";
import type { Messages } from "@/i18n/messages";
import styles from "./EntityClaims.module.css";

/** What the source article claimed about the entry, and whether it holds. */
export function EntityClaims({ claims, t }: { claims: Claim[]; t: Messages }) {
  return (
    <ul className={styles.list}>
      {claims.map((c) => (
        <li key={c.id} className={styles.claim}>
          <span className={styles.verdict} data-verdict={c.verdict}>
            {t.answer.claimVerdicts[c.verdict]}
          </span>
          <q className={styles.quote}>{c.claim}</q>
          {c.correction && (
            <p className={styles.correction}>
              <strong>{t.entity.correction}:</strong> {c.correction}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
