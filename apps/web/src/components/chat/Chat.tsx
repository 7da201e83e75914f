"use client";

import { useRef, useState } from "react";
import type { ApiErrorKind } from "@/graphql/errors";
import type { Answer } from "@/graphql/operations/ask";
import { format } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { MAX_HISTORY, shareHref } from "@/lib/chat";
import { askViaApp } from "./askClient";
import styles from "./Chat.module.css";
import { ChatComposer } from "./ChatComposer";
import { ChatTurn, type TurnState } from "./ChatTurn";
import { ExampleQuestions } from "./ExampleQuestions";

export interface Turn {
  id: number;
  question: string;
  history: string[];
  state: TurnState;
}

export interface InitialTurn {
  question: string;
  history: string[];
  result: { ok: true; answer: Answer } | { ok: false; kind: ApiErrorKind };
}

/**
 * The chat: a conversation of turns, each a question and its answer card. Earlier questions go
 * with each new one as history, so follow-ups are understood. The first turn may come rendered
 * from the server (`?q=`), so a shared link works without JavaScript.
 */
export function Chat({ initial }: { initial: InitialTurn | null }) {
  const { locale, t } = useI18n();
  const nextId = useRef(1);
  const [turns, setTurns] = useState<Turn[]>(() =>
    initial
      ? [
          {
            id: 0,
            question: initial.question,
            history: initial.history,
            state: initial.result.ok
              ? { status: "done", answer: initial.result.answer }
              : { status: "error", kind: initial.result.kind },
          },
        ]
      : [],
  );
  const [announcement, setAnnouncement] = useState("");
  const conversation = turns.length > 0 ? [...(turns[0]?.history ?? []), ...turns.map((turn) => turn.question)] : [];
  const pending = turns.some((turn) => turn.state.status === "pending");

  const run = async (id: number, question: string, history: string[]) => {
    const result = await askViaApp(question, history);
    setTurns((all) =>
      all.map((turn) =>
        turn.id !== id
          ? turn
          : {
              ...turn,
              state: result.ok ? { status: "done", answer: result.answer } : { status: "error", kind: result.kind },
            },
      ),
    );
    if (result.ok) {
      const verdict = result.answer.verdict ? `${t.answer.verdicts[result.answer.verdict]}. ` : "";
      setAnnouncement(format(t.chat.announceAnswer, { text: `${verdict}${result.answer.text.slice(0, 240)}` }));
      window.history.replaceState(window.history.state, "", shareHref(locale, question, history));
    } else {
      setAnnouncement(t.chat.announceError);
    }
  };

  const ask = (question: string) => {
    const q = question.trim();
    if (!q || pending) return;
    const id = nextId.current++;
    const history = conversation.slice(-MAX_HISTORY);
    setTurns((all) => [...all, { id, question: q, history, state: { status: "pending" } }]);
    setAnnouncement(t.chat.thinking);
    requestAnimationFrame(() => {
      document.getElementById(`turn-${id}`)?.scrollIntoView({ block: "start" });
    });
    void run(id, q, history);
  };

  const retry = (turn: Turn) => {
    setTurns((all) => all.map((x) => (x.id === turn.id ? { ...x, state: { status: "pending" } } : x)));
    void run(turn.id, turn.question, turn.history);
  };

  const reset = () => {
    setTurns([]);
    setAnnouncement("");
    window.history.replaceState(window.history.state, "", `/${locale}`);
  };

  const empty = turns.length === 0;
  return (
    <div className={empty ? `${styles.chat} ${styles.empty}` : styles.chat}>
      {empty ? (
        <div className={styles.hero}>
          <h1 className={styles.title}>{t.chat.title}</h1>
          <p className={styles.intro}>{t.chat.intro}</p>
        </div>
      ) : (
        <div className={styles.toolbar}>
          <h1 className="sr-only">{t.chat.title}</h1>
          <button type="button" className="button" onClick={reset}>
            {t.chat.newChat}
          </button>
        </div>
      )}
      {!empty && (
        <section className={styles.turns} aria-label={t.chat.conversation}>
          {turns.map((turn) => (
            <ChatTurn key={turn.id} turn={turn} onAsk={ask} onRetry={() => retry(turn)} />
          ))}
        </section>
      )}
      <div className={styles.composer}>
        <ChatComposer onAsk={ask} busy={pending} history={conversation} />
      </div>
      {empty && <ExampleQuestions onAsk={ask} />}
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
