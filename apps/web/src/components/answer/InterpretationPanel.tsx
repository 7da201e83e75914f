"use client";

import type { Answer } from "@/graphql/operations/ask";
import { useI18n } from "@/i18n/I18nProvider";
import styles from "./InterpretationPanel.module.css";

/** "How this question was read": language, intent, recognised entries, edition, resolved question. */
export function InterpretationPanel({ interpretation }: { interpretation: Answer["interpretation"] }) {
  const { t } = useI18n();
  const i = t.answer.interpretation;
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{i.title}</summary>
      <dl className={styles.list}>
        <dt>{i.language}</dt>
        <dd>{t.answer.languages[interpretation.language]}</dd>
        <dt>{i.intent}</dt>
        <dd>{t.answer.intents[interpretation.intent]}</dd>
        <dt>{i.entities}</dt>
        <dd>
          {interpretation.entities.length > 0 ? interpretation.entities.map((e) => e.name).join(t.common.and) : i.none}
        </dd>
        <dt>{i.edition}</dt>
        <dd>{interpretation.edition ?? i.none}</dd>
        <dt>{i.resolved}</dt>
        <dd className={styles.resolved}>{interpretation.resolvedQuestion}</dd>
      </dl>
    </details>
  );
}
