"use client";

import type { ReactNode } from "react";
import type { ErrorEntryView } from "@/graphql/operations/matchError";
import type { Source } from "@/graphql/types";
import { useI18n } from "@/i18n/I18nProvider";
import type { AnswerLayout } from "@/lib/answerText";
import { SourceLinks } from "../common/SourceLinks";
import { AnswerBody, FixSteps, splitCauseAndFix } from "./AnswerBody";
import styles from "./AnswerCard.module.css";
import { CodeBlock } from "./CodeBlock";

/** The three parts of an error card, each under its heading. */
function Card({
  title,
  cause,
  fix,
  sources,
}: {
  title?: string;
  cause: ReactNode;
  fix: ReactNode;
  sources: readonly Source[];
}) {
  const { t } = useI18n();
  return (
    <div className={styles.errorCard} data-testid="error-card">
      {title && <p className={styles.errorTitle}>{title}</p>}
      <section className={styles.section}>
        <h3 className={styles.sectionTitle}>{t.answer.cause}</h3>
        {cause}
      </section>
      <section className={styles.section}>
        <h3 className={styles.sectionTitle}>{t.answer.fix}</h3>
        {fix}
      </section>
      {sources.length > 0 && (
        <section className={styles.section}>
          <h3 className={styles.sectionTitle}>{t.answer.errorSources}</h3>
          <SourceLinks sources={sources} externalLink={t.common.externalLink} />
        </section>
      )}
    </div>
  );
}

/** A pasted error the knowledge base has an entry for: its cause, its fix step by step, its sources. */
export function ErrorEntryCard({ entry, lang }: { entry: ErrorEntryView; lang: string }) {
  return (
    <Card
      title={entry.title}
      cause={
        <p className={styles.errorText} lang={lang}>
          {entry.cause}
        </p>
      }
      fix={
        <ol className={styles.fixSteps} lang={lang}>
          {entry.fix.map((step, i) => (
            <li key={i}>
              <p className={styles.errorText}>{step.text}</p>
              {step.command && <CodeBlock code={step.command} />}
            </li>
          ))}
        </ol>
      }
      sources={entry.sources}
    />
  );
}

/** A pasted error answered by the engine's text: its first part is the cause, the steps the fix. */
export function ParsedErrorCard({
  layout,
  factAnchor,
  lang,
  sources,
}: {
  layout: AnswerLayout;
  factAnchor: string;
  lang: string;
  sources: readonly Source[];
}) {
  const { cause, fix } = splitCauseAndFix(layout);
  return (
    <Card
      cause={<AnswerBody layout={cause} factAnchor={factAnchor} lang={lang} />}
      fix={<FixSteps blocks={fix} factAnchor={factAnchor} lang={lang} />}
      sources={sources}
    />
  );
}
