"use client";

import type { Answer } from "@/graphql/operations/ask";
import { plural } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { answerWordsOf } from "@/i18n/answerWords";
import { LOCALES, localeOfApiLanguage } from "@/i18n/locales";
import { layoutAnswer, splitCritique, withoutVerdictLead } from "@/lib/answerText";
import { freshFollowUps } from "@/lib/followUps";
import { looksLikePastedError } from "@/lib/pastedError";
import { verdictWording } from "@/lib/verdictWording";
import { EntityChips } from "../common/EntityChip";
import { VerdictBadge } from "../common/VerdictBadge";
import styles from "./AnswerCard.module.css";
import { AnswerActions } from "./AnswerActions";
import { AnswerBody } from "./AnswerBody";
import { CritiquePanel } from "./CritiquePanel";
import { ErrorEntryCard, ParsedErrorCard } from "./ErrorCard";
import { FactList } from "./FactList";
import { FeedbackButtons } from "./FeedbackButtons";
import { FollowUps } from "./FollowUps";
import { InterpretationPanel } from "./InterpretationPanel";

/** Every locale's badge wordings: a question is matched by the cues of its own language. */
const EVERY_LANGUAGE = LOCALES.map((l) => answerWordsOf(l).verdictWords);

interface Props {
  question: string;
  /** The questions asked before this one in the conversation. */
  history: readonly string[];
  answer: Answer;
  /** Asks a follow-up in place; without it (or without JavaScript) follow-ups are links. */
  onAsk?: (question: string) => void;
  /** A prefix for this card's ids (its facts are `${anchor}-fact-${n}`). */
  anchor?: string;
  /** Whether the critique panel says what "the source article" is. */
  explainArticle?: boolean;
}

/**
 * One answer: for a yes/no question a badge worded from its verb, then the text laid out (lead,
 * steps, options, commands, citations), the source article's critique apart, the facts and
 * sources behind it, what to ask next, and 👍 / 👎. A pasted error message gets a card of cause,
 * fix and sources.
 */
export function AnswerCard({ question, history, answer, onAsk, anchor = "answer", explainArticle = true }: Props) {
  const { locale, t } = useI18n();
  const lang = localeOfApiLanguage(answer.language);
  // The engine's own words (verdict openers, critique cue) are those of the answer's language.
  const written = answerWordsOf(lang);
  const found = answer.status === "ANSWERED";
  const badge = answer.verdict && answer.interpretation.intent === "YES_NO" ? answer.verdict : null;
  const { text: withoutCritique, critique } = splitCritique(answer.text, written.critiqueCues);
  const text = badge ? withoutVerdictLead(withoutCritique, written.verdictLeads) : withoutCritique;
  const layout = layoutAnswer(text, answer.facts.length, written.setupMarks);
  const factAnchor = `${anchor}-fact`;
  const entry = answer.errorMatch?.entry ?? null;
  const asError = !entry && found && looksLikePastedError(question) && layout.blocks.some((b) => b.kind === "steps");
  const followUps = freshFollowUps(answer.followUps, [question, answer.interpretation.resolvedQuestion]);
  const sources = [...new Map(answer.facts.flatMap((f) => f.sources).map((s) => [s.url ?? s.title, s])).values()];

  return (
    <article className={styles.card} data-status={answer.status} data-testid="answer">
      <div className={styles.head}>
        {badge ? (
          <VerdictBadge
            verdict={badge}
            label={verdictWording(
              answer.interpretation.resolvedQuestion || question,
              badge,
              t.answer.verdictWords,
              EVERY_LANGUAGE,
              t.answer.verdicts,
            )}
          />
        ) : !found && !entry ? (
          <span className={styles.notFound}>{t.answer.notFound}</span>
        ) : null}
      </div>
      {entry ? (
        <ErrorEntryCard entry={entry} lang={lang} />
      ) : asError ? (
        <ParsedErrorCard layout={layout} factAnchor={factAnchor} lang={lang} sources={sources} />
      ) : (
        <AnswerBody layout={layout} factAnchor={factAnchor} lang={lang} />
      )}
      <CritiquePanel claims={answer.claims} critique={critique} explain={explainArticle} lang={lang} />
      {answer.entities.length > 0 && (
        <div className={styles.section}>
          <h3 className={styles.sectionTitle}>{t.answer.entities}</h3>
          <EntityChips entities={answer.entities} label={t.answer.entities} />
        </div>
      )}
      {answer.facts.length > 0 && (
        <div className={styles.section}>
          <h3 className={styles.sectionTitle}>{plural(locale, answer.facts.length, t.answer.facts)}</h3>
          <FactList facts={answer.facts} lang={lang} idPrefix={factAnchor} />
        </div>
      )}
      <InterpretationPanel interpretation={answer.interpretation} />
      {followUps.length > 0 && (
        <FollowUps
          title={found ? t.answer.followUps : t.answer.suggestions}
          questions={followUps}
          history={[...history, question]}
          onAsk={onAsk}
        />
      )}
      <div className={styles.footer}>
        <AnswerActions question={question} history={history} answer={answer} />
        <FeedbackButtons question={question} history={history} answer={answer} />
      </div>
    </article>
  );
}
