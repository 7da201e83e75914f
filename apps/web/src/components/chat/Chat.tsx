"use client";

import { useEffect, useRef, useState } from "react";
import { format } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import type { Answer } from "@/graphql/operations/ask";
import { apiLanguage, localeOfApiLanguage } from "@/i18n/locales";
import { answerWordsOf } from "@/i18n/answerWords";
import { MAX_HISTORY, readChatParams, shareHref } from "@/lib/chat";
import {
  conversationAt,
  mergeConversation,
  readConversation,
  writeConversation,
  type StoredTurn,
} from "@/lib/conversation";
import { askViaApp } from "./askClient";
import styles from "./Chat.module.css";
import { ChatComposer } from "./ChatComposer";
import { ChatTurn } from "./ChatTurn";
import { ExampleQuestions } from "./ExampleQuestions";
import type { InitialTurn, Turn } from "./turn";

export type { InitialTurn } from "./turn";

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The question and history of the address the tab is at now. */
function addressed(): { question: string | null; history: string[] } {
  const params = new URL(window.location.href).searchParams;
  return readChatParams({ q: params.get("q") ?? undefined, h: params.getAll("h") });
}

/** Whether an answer shows the source article's critique (its claims, or the critique in its text). */
function speaksOfArticle(answer: Answer): boolean {
  const cues = answerWordsOf(localeOfApiLanguage(answer.language)).critiqueCues;
  return answer.claims.length > 0 || cues.some((cue) => answer.text.includes(cue));
}

/** A turn's state from the moment it is asked (the clock read here, not while rendering). */
function pendingNow(): Turn["state"] {
  return { status: "pending", startedAt: Date.now() };
}

function fromInitial(initial: InitialTurn): Turn {
  return {
    id: 0,
    question: initial.question,
    history: initial.history,
    state: initial.result.ok
      ? { status: "done", answer: initial.result.answer }
      : { status: "error", kind: initial.result.kind, seconds: 0 },
  };
}

/**
 * The chat: a conversation of turns, each a question and its answer card. Earlier questions go
 * with each new one as history, so follow-ups are understood. The first turn may come rendered
 * from the server (`?q=`), so a shared link works without JavaScript. The conversation is kept
 * in the tab's sessionStorage, and each answer is a history entry: a reload, Back and Forward
 * and a language switch find it again (answers in another language are asked again in this one).
 */
export function Chat({ initial }: { initial: InitialTurn | null }) {
  const { locale, t } = useI18n();
  const language = apiLanguage(locale);
  const nextId = useRef(1);
  const inFlight = useRef(new Map<number, AbortController>());
  const inputRef = useRef<HTMLTextAreaElement>(null);
  /** The query of the address the chat shows (Back to another is a change of turn). */
  const shownSearch = useRef("");
  const [turns, setTurns] = useState<Turn[]>(() => (initial ? [fromInitial(initial)] : []));
  const [announcement, setAnnouncement] = useState("");
  const conversation = turns.length > 0 ? [...(turns[0]?.history ?? []), ...turns.map((turn) => turn.question)] : [];
  const pending = turns.some((turn) => turn.state.status === "pending");

  const settle = (id: number, state: Turn["state"]) =>
    setTurns((all) => all.map((turn) => (turn.id === id ? { ...turn, state } : turn)));

  /** Asks one turn's question; `announce` when the reader asked it (not when restoring). */
  const run = async (id: number, question: string, history: string[], announce: boolean) => {
    inFlight.current.get(id)?.abort();
    const controller = new AbortController();
    inFlight.current.set(id, controller);
    const startedAt = Date.now();
    const result = await askViaApp(question, history, language, controller.signal);
    if (inFlight.current.get(id) !== controller) return;
    inFlight.current.delete(id);
    if (result.ok) {
      settle(id, { status: "done", answer: result.answer });
      if (!announce) return;
      const verdict = result.answer.verdict ? `${t.answer.verdicts[result.answer.verdict]}. ` : "";
      setAnnouncement(format(t.chat.announceAnswer, { text: `${verdict}${result.answer.text.slice(0, 240)}` }));
      const href = shareHref(locale, question, history);
      const here = `${window.location.pathname}${window.location.search}`;
      if (here !== href) window.history.pushState({ chatTurn: id }, "", href);
      shownSearch.current = window.location.search;
      // Once the answer is there, its question goes to the top, where reading starts.
      requestAnimationFrame(() => document.getElementById(`turn-${id}`)?.scrollIntoView({ block: "start" }));
    } else {
      settle(id, { status: "error", kind: result.kind, seconds: Math.round((Date.now() - startedAt) / 1000) });
      if (announce) setAnnouncement(result.kind === "cancelled" ? t.chat.cancelled : t.chat.announceError);
    }
  };

  /** Shows the stored turns that lead to the address, asking again what is missing or in another language. */
  const restore = (stored: StoredTurn[], serverTurn: Turn | null) => {
    for (const controller of inFlight.current.values()) controller.abort();
    inFlight.current.clear();
    const restored: Turn[] = stored.map((s, i) => {
      const last = i === stored.length - 1;
      if (last && serverTurn) return { ...serverTurn, id: i };
      const fresh = s.answer && s.answer.language === language;
      return {
        id: i,
        question: s.question,
        history: s.history,
        state: fresh && s.answer ? { status: "done", answer: s.answer } : pendingNow(),
      };
    });
    nextId.current = restored.length;
    setTurns(restored);
    for (const turn of restored) {
      if (turn.state.status === "pending") void run(turn.id, turn.question, turn.history, false);
    }
  };

  // After the first render (the server's), the rest of the conversation comes back from the tab.
  useEffect(() => {
    const stored = conversationAt(readConversation(storage()), initial?.question ?? null, initial?.history ?? []);
    // Only after hydration: the first render must be the server's, and the tab's store is outside React.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (stored.length > 1) restore(stored, initial ? fromInitial(initial) : null);
    shownSearch.current = window.location.search;
    const onPopState = () => {
      // A citation's #anchor is a history entry too: only a change of question is a change of turn.
      if (window.location.search === shownSearch.current) return;
      shownSearch.current = window.location.search;
      const { question, history } = addressed();
      restore(conversationAt(readConversation(storage()), question, history), null);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
    // Once, on mount: later changes of the address are the chat's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // What the tab keeps: every turn, answered or not (an unanswered one is asked again), and after
  // Back the turns that Forward returns to.
  useEffect(() => {
    if (turns.length === 0) return;
    const shown = turns.map((turn) => ({
      question: turn.question,
      history: turn.history,
      answer: turn.state.status === "done" ? turn.state.answer : null,
    }));
    writeConversation(storage(), mergeConversation(readConversation(storage()), shown));
  }, [turns]);

  const ask = (question: string) => {
    const q = question.trim();
    if (!q || pending) return;
    const id = nextId.current++;
    const history = conversation.slice(-MAX_HISTORY);
    const state = pendingNow();
    setTurns((all) => [...all, { id, question: q, history, state }]);
    setAnnouncement(t.chat.thinking);
    void run(id, q, history, true);
  };

  const retry = (turn: Turn) => {
    settle(turn.id, pendingNow());
    void run(turn.id, turn.question, turn.history, true);
  };

  const cancel = (turn: Turn) => inFlight.current.get(turn.id)?.abort();

  const reset = () => {
    for (const controller of inFlight.current.values()) controller.abort();
    inFlight.current.clear();
    setTurns([]);
    writeConversation(storage(), []);
    setAnnouncement("");
    window.history.pushState(null, "", `/${locale}`);
    shownSearch.current = "";
    inputRef.current?.focus();
  };

  const empty = turns.length === 0;
  // "The source article" is explained once: in the first answer that speaks of it.
  const firstCritique = turns.find((turn) => turn.state.status === "done" && speaksOfArticle(turn.state.answer))?.id;
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
          <button type="button" className="button" onClick={reset} data-testid="new-chat">
            {t.chat.newChat}
          </button>
        </div>
      )}
      {!empty && (
        <section className={styles.turns} aria-label={t.chat.conversation}>
          {turns.map((turn) => (
            <ChatTurn
              key={turn.id}
              turn={turn}
              onAsk={ask}
              onRetry={() => retry(turn)}
              onCancel={() => cancel(turn)}
              explainArticle={turn.id === firstCritique}
            />
          ))}
        </section>
      )}
      <div className={styles.composer}>
        <ChatComposer onAsk={ask} busy={pending} history={conversation} inputRef={inputRef} />
      </div>
      {empty && <ExampleQuestions onAsk={ask} />}
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
