"use client";

import type { Answer } from "@/graphql/operations/ask";
import { plural } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { EntityChips } from "../common/EntityChip";
import { VerdictBadge } from "../common/VerdictBadge";
import styles from "./AnswerCard.module.css";
import { AnswerActions } from "./AnswerActions";
import { ClaimList } from "./ClaimList";
import { FactList } from "./FactList";
import { FollowUps } from "./FollowUps";
import { InterpretationPanel } from "./InterpretationPanel";

interface Props {
  question: string;
  /** The questions asked before this one in the conversation. */
  history: readonly string[];
  answer: Answer;
  /** Asks a follow-up in place; without it (or without JavaScript) follow-ups are links. */
  onAsk?: (question: string) => void;
}

/** One answer: verdict, text, the facts and sources behind it, and what to ask next. */
export function AnswerCard({ question, history, answer, onAsk }: Props) {
  const { locale, t } = useI18n();
  const found = answer.status === "ANSWERED";
  return (
    <article className={styles.card} data-status={answer.status} data-testid="answer">
      <div className={styles.head}>
        {answer.verdict ? (
          <VerdictBadge verdict={answer.verdict} />
        ) : !found ? (
          <span className={styles.notFound}>{t.answer.notFound}</span>
        ) : null}
      </div>
      <p className={styles.text} lang={localeLang(answer.language)}>
        {answer.text}
      </p>
      {answer.entities.length > 0 && (
        <div className={styles.section}>
          <h3 className={styles.sectionTitle}>{t.answer.entities}</h3>
          <EntityChips entities={answer.entities} label={t.answer.entities} />
        </div>
      )}
      {answer.facts.length > 0 && (
        <div className={styles.section}>
          <h3 className={styles.sectionTitle}>{plural(locale, answer.facts.length, t.answer.facts)}</h3>
          <FactList facts={answer.facts} lang={localeLang(answer.language)} />
        </div>
      )}
      {answer.claims.length > 0 && <ClaimList claims={answer.claims} />}
      <InterpretationPanel interpretation={answer.interpretation} />
      {answer.followUps.length > 0 && (
        <FollowUps
          title={found ? t.answer.followUps : t.answer.suggestions}
          questions={answer.followUps}
          history={[...history, question]}
          onAsk={onAsk}
        />
      )}
      <AnswerActions question={question} history={history} answer={answer} />
    </article>
  );
}

function localeLang(language: Answer["language"]): string {
  return language === "EN" ? "en" : language === "ZH_HANS" ? "zh-Hans" : "zh-Hant";
}
