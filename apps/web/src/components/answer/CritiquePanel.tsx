"use client";

import { useId } from "react";
import type { Claim } from "@/graphql/types";
import { useI18n } from "@/i18n/I18nProvider";
import styles from "./CritiquePanel.module.css";

interface Props {
  /** The source article's claims the answer touches on, with the knowledge base's verdict on each. */
  claims: readonly Claim[];
  /** The critique as the answer's text put it, shown when there is no claim to show it by. */
  critique: string | null;
  /** Says once what "the source article" is: on the first panel of the conversation. */
  explain: boolean;
  lang?: string;
}

/** What the source article said on the subject, and what is wrong with it: apart from the answer. */
export function CritiquePanel({ claims, critique, explain, lang }: Props) {
  const { t } = useI18n();
  const id = useId();
  if (claims.length === 0 && !critique) return null;
  return (
    <aside className={styles.panel} aria-labelledby={`${id}-title`} data-testid="critique">
      <h3 id={`${id}-title`} className={styles.title}>
        {t.answer.critiqueTitle}
      </h3>
      {explain && <p className={styles.note}>{t.answer.critiqueNote}</p>}
      {claims.length > 0 ? (
        <ul className={styles.list}>
          {claims.map((c) => (
            <li key={c.id} className={styles.claim}>
              <span className={styles.verdict} data-verdict={c.verdict}>
                {t.answer.claimVerdicts[c.verdict]}
              </span>
              <q className={styles.quote} lang={lang}>
                {c.claim}
              </q>
              {c.correction && (
                <p className={styles.correction} lang={lang}>
                  {c.correction}
                </p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.correction} lang={lang}>
          {critique}
        </p>
      )}
    </aside>
  );
}
