import type { Answer } from "@/graphql/operations/ask";
import type { Locale } from "@/i18n/locales";
import type { ClientMessages } from "@/i18n/clientMessages";
import { shareHref } from "@/lib/chat";
import { MAX_COMMENT_LENGTH } from "@/lib/feedback";
import styles from "./FeedbackButtons.module.css";

interface Props {
  question: string;
  history: readonly string[];
  answer: Answer;
  locale: Locale;
  t: ClientMessages;
  /** Distinguishes the comment box's id when several answers are on the page. */
  id: string;
}

/**
 * The feedback buttons as a plain form, for a browser without JavaScript: a POST to /api/feedback
 * that redirects back to this answer's address, which then says the judgement was recorded. The
 * comment comes before the two buttons, since pressing one sends it.
 */
export function FeedbackForm({ question, history, answer, locale, t, id }: Props) {
  return (
    <form method="post" action="/api/feedback" className={styles.feedback} data-testid="feedback-form">
      <input type="hidden" name="question" value={question} />
      {history.map((h, i) => (
        <input key={i} type="hidden" name="history" value={h} />
      ))}
      <input type="hidden" name="status" value={answer.status} />
      {answer.verdict && <input type="hidden" name="verdict" value={answer.verdict} />}
      <input type="hidden" name="language" value={answer.language} />
      <input type="hidden" name="back" value={shareHref(locale, question, history)} />
      <label htmlFor={`${id}-nojs`} className={styles.label}>
        {t.feedback.commentLabel}
      </label>
      <textarea
        id={`${id}-nojs`}
        name="comment"
        className={styles.comment}
        rows={2}
        maxLength={MAX_COMMENT_LENGTH}
        placeholder={t.feedback.commentPlaceholder}
      />
      <div className={styles.row}>
        <span className={styles.question}>{t.feedback.question}</span>
        <button type="submit" name="helpful" value="true" className="button">
          {t.feedback.helpful}
        </button>
        <button type="submit" name="helpful" value="false" className="button">
          {t.feedback.notHelpful}
        </button>
      </div>
    </form>
  );
}
