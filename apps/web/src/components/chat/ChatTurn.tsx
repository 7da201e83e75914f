"use client";

import type { ApiErrorKind } from "@/graphql/errors";
import type { Answer } from "@/graphql/operations/ask";
import { format } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { AnswerCard } from "../answer/AnswerCard";
import { AnswerSkeleton } from "./AnswerSkeleton";
import type { Turn } from "./Chat";
import styles from "./ChatTurn.module.css";

export type TurnState =
  { status: "pending" } | { status: "done"; answer: Answer } | { status: "error"; kind: ApiErrorKind };

/** One exchange: what the reader asked (always as text), then the answer, a placeholder or an error. */
export function ChatTurn({ turn, onAsk, onRetry }: { turn: Turn; onAsk: (q: string) => void; onRetry: () => void }) {
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
        <AnswerCard question={turn.question} history={turn.history} answer={state.answer} onAsk={onAsk} />
      )}
      {state.status === "pending" && <AnswerSkeleton label={t.chat.thinking} />}
      {state.status === "error" && (
        <div className={styles.error} role="alert">
          <p>
            {state.kind === "timeout"
              ? t.errors.timeoutBody
              : state.kind === "invalid"
                ? t.errors.invalidBody
                : t.errors.unavailableBody}
          </p>
          <button type="button" className="button" onClick={onRetry}>
            {t.chat.retry}
          </button>
        </div>
      )}
    </div>
  );
}
