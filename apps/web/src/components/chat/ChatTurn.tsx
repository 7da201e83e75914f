"use client";

import { useEffect, useState } from "react";
import { format } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { AnswerCard } from "../answer/AnswerCard";
import { AnswerSkeleton } from "./AnswerSkeleton";
import styles from "./ChatTurn.module.css";
import type { Turn, TurnFailure } from "./turn";

/** After this long without an answer, the reader sees how long it has been, and may cancel. */
const SLOW_MS = 2000;

interface Props {
  turn: Turn;
  onAsk: (q: string) => void;
  onRetry: () => void;
  onCancel: () => void;
  /** Whether this answer explains what "the source article" is (the first that mentions it does). */
  explainArticle: boolean;
}

/** One exchange: what the reader asked (always as text), then the answer, a placeholder or an error. */
export function ChatTurn({ turn, onAsk, onRetry, onCancel, explainArticle }: Props) {
  const { t } = useI18n();
  const { state } = turn;
  return (
    <div className={styles.turn} id={`turn-${turn.id}`} aria-busy={state.status === "pending"}>
      <div className={styles.question}>
        <span className="sr-only">{t.chat.you}: </span>
        <h2 className={styles.bubble} data-testid="question">
          {turn.question}
        </h2>
        {turn.id === 0 && turn.history.length > 0 && (
          <p className={styles.context}>{format(t.chat.followUpTo, { questions: turn.history.join(" → ") })}</p>
        )}
      </div>
      {state.status === "done" && (
        <AnswerCard
          question={turn.question}
          history={turn.history}
          answer={state.answer}
          onAsk={onAsk}
          anchor={`turn-${turn.id}`}
          explainArticle={explainArticle}
        />
      )}
      {state.status === "pending" && <Waiting startedAt={state.startedAt} onCancel={onCancel} />}
      {state.status === "error" && (
        <div className={styles.error} role="alert" data-testid="turn-error" data-kind={state.kind}>
          <p>{failureText(state.kind, state.seconds, t)}</p>
          <button type="button" className="button" onClick={onRetry}>
            {t.chat.retry}
          </button>
        </div>
      )}
    </div>
  );
}

function failureText(kind: TurnFailure, seconds: number, t: ReturnType<typeof useI18n>["t"]): string {
  if (kind === "cancelled") return t.chat.cancelled;
  if (kind === "timeout") return format(t.chat.timeoutAfter, { seconds: String(Math.max(1, seconds)) });
  return kind === "invalid" ? t.errors.invalidBody : t.errors.unavailableBody;
}

/** The placeholder; past two seconds it counts the wait and offers to cancel. */
function Waiting({ startedAt, onCancel }: { startedAt: number; onCancel: () => void }) {
  const { t } = useI18n();
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  const waited = now - startedAt;
  return (
    <div className={styles.waiting}>
      <AnswerSkeleton label={t.chat.thinking} />
      {waited >= SLOW_MS && (
        <div className={styles.slow} data-testid="waiting">
          <span>{format(t.chat.waiting, { seconds: String(Math.floor(waited / 1000)) })}</span>
          <button type="button" className="button" onClick={onCancel}>
            {t.chat.cancel}
          </button>
        </div>
      )}
    </div>
  );
}
