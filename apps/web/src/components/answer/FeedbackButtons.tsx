"use client";

import { useSearchParams } from "next/navigation";
import { useId, useState, useSyncExternalStore } from "react";
import type { Answer } from "@/graphql/operations/ask";
import { format } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { MAX_COMMENT_LENGTH } from "@/lib/feedback";
import styles from "./FeedbackButtons.module.css";
import { FeedbackForm } from "./FeedbackForm";

type Phase =
  | { step: "idle" }
  | { step: "comment"; helpful: boolean }
  | { step: "sending"; helpful: boolean }
  | { step: "sent"; helpful: boolean }
  | { step: "failed"; helpful: boolean };

interface Props {
  question: string;
  history: readonly string[];
  answer: Answer;
}

const noChanges = () => () => {};

/** Sends one judgement through the web app's /api/feedback; true when the API stored it. */
async function send(body: object): Promise<boolean> {
  try {
    const response = await fetch("/api/feedback", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * A thumb up or down on an answer. Either opens an optional comment; Send records the judgement with the
 * question, the conversation before it and what the answer was. Without JavaScript, a plain form
 * (FeedbackForm) that comes back to this address with `feedback=sent`.
 */
export function FeedbackButtons({ question, history, answer }: Props) {
  const { locale, t } = useI18n();
  const id = useId();
  const params = useSearchParams();
  // Back from the form without JavaScript: this answer's judgement was recorded.
  const recorded = params.get("q")?.trim() === question ? params.get("feedback") : null;
  const [phase, setPhase] = useState<Phase>(recorded === "sent" ? { step: "sent", helpful: true } : { step: "idle" });
  const [comment, setComment] = useState("");
  // Buttons that need a script are rendered in the browser; the server renders the plain form.
  const scripted = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
  if (!scripted && phase.step !== "sent") {
    return (
      <>
        {recorded === "failed" && (
          <p id="feedback" className={styles.failed} role="alert" data-testid="feedback-failed">
            {t.feedback.failed}
          </p>
        )}
        <FeedbackForm question={question} history={history} answer={answer} locale={locale} t={t} id={id} />
      </>
    );
  }

  const submit = async (helpful: boolean) => {
    setPhase({ step: "sending", helpful });
    const ok = await send({
      question,
      history,
      helpful,
      comment: comment.trim() || null,
      status: answer.status,
      verdict: answer.verdict,
      language: answer.language,
    });
    setPhase({ step: ok ? "sent" : "failed", helpful });
  };

  const chosen = phase.step === "idle" ? null : phase.helpful;
  if (phase.step === "sent") {
    return (
      <p id={recorded ? "feedback" : undefined} className={styles.thanks} role="status" data-testid="feedback-sent">
        {t.feedback.thanks}
      </p>
    );
  }
  return (
    <div className={styles.feedback} data-testid="feedback">
      <div className={styles.row} role="group" aria-labelledby={`${id}-q`}>
        <span id={`${id}-q`} className={styles.question}>
          {t.feedback.question}
        </span>
        {([true, false] as const).map((helpful) => (
          <button
            key={String(helpful)}
            type="button"
            className={styles.thumb}
            aria-pressed={chosen === helpful}
            aria-label={helpful ? t.feedback.helpful : t.feedback.notHelpful}
            title={helpful ? t.feedback.helpful : t.feedback.notHelpful}
            disabled={phase.step === "sending"}
            onClick={() => setPhase({ step: "comment", helpful })}
          >
            <Thumb up={helpful} />
          </button>
        ))}
      </div>
      {chosen !== null && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            void submit(chosen);
          }}
        >
          <label htmlFor={`${id}-c`} className={styles.label}>
            {t.feedback.commentLabel}
          </label>
          <textarea
            id={`${id}-c`}
            className={styles.comment}
            rows={2}
            maxLength={MAX_COMMENT_LENGTH}
            placeholder={t.feedback.commentPlaceholder}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            data-testid="feedback-comment"
          />
          {comment.length >= MAX_COMMENT_LENGTH && (
            <p className={styles.hint}>{format(t.feedback.tooLong, { max: MAX_COMMENT_LENGTH })}</p>
          )}
          <div className={styles.actions}>
            <button type="submit" className="button button-primary" disabled={phase.step === "sending"}>
              {phase.step === "sending" ? t.feedback.sending : t.feedback.send}
            </button>
            <button type="button" className="button" onClick={() => setPhase({ step: "idle" })}>
              {t.feedback.skip}
            </button>
          </div>
          {phase.step === "failed" && (
            <p className={styles.failed} role="alert" data-testid="feedback-failed">
              {t.feedback.failed}
            </p>
          )}
        </form>
      )}
    </div>
  );
}

/** A thumb up or down, drawn: emoji fonts are missing on many systems. */
function Thumb({ up }: { up: boolean }) {
  return (
    <svg
      viewBox="0 0 20 20"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      style={up ? undefined : { transform: "rotate(180deg)" }}
    >
      <path
        d="M6 9v8H3.5A1.5 1.5 0 0 1 2 15.5v-5A1.5 1.5 0 0 1 3.5 9H6Zm0 0 3.2-6.2a1.6 1.6 0 0 1 3 .9L11.6 8h4.1a1.8 1.8 0 0 1 1.8 2.1l-1 5.6a1.8 1.8 0 0 1-1.8 1.3H6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}
