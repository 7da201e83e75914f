"use client";

import type { Claim } from "@/graphql/types";
import { useI18n } from "@/i18n/I18nProvider";
import styles from "./ClaimList.module.css";

/** The source article's claims an answer touches on, with the knowledge base's verdict on each. */
export function ClaimList({ claims }: { claims: readonly Claim[] }) {
  const { t } = useI18n();
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>
        {t.answer.claims} <span className={styles.count}>{claims.length}</span>
      </summary>
      <ul className={styles.list}>
        {claims.map((c) => (
          <li key={c.id} className={styles.claim}>
            <span className={styles.verdict} data-verdict={c.verdict}>
              {t.answer.claimVerdicts[c.verdict]}
            </span>
            <q className={styles.quote}>{c.claim}</q>
            {c.correction && <p className={styles.correction}>{c.correction}</p>}
          </li>
        ))}
      </ul>
    </details>
  );
}
