"use client";

import { useId, useState, type KeyboardEvent, type RefObject } from "react";
import { format } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { MAX_HISTORY, MAX_QUESTION_LENGTH } from "@/lib/chat";
import styles from "./ChatComposer.module.css";

interface Props {
  onAsk: (question: string) => void;
  busy: boolean;
  /** The conversation so far: sent as `h` when the form is submitted without JavaScript. */
  history: readonly string[];
  /** The text box, for the chat to focus (after "New conversation"). */
  inputRef?: RefObject<HTMLTextAreaElement | null>;
}

/**
 * Where the reader types. Enter sends, Shift+Enter starts a new line, and Enter that confirms an
 * IME composition (Chinese input) does neither. Without JavaScript it is a GET form to `?q=`.
 */
export function ChatComposer({ onAsk, busy, history, inputRef }: Props) {
  const { locale, t } = useI18n();
  const id = useId();
  const [value, setValue] = useState("");

  const send = () => {
    const q = value.trim();
    if (!q || busy) return;
    onAsk(q);
    setValue("");
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== "Enter" || e.shiftKey || e.nativeEvent.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    send();
  };

  return (
    <form
      className={styles.form}
      action={`/${locale}`}
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label htmlFor={`${id}-q`} className="sr-only">
        {t.chat.inputLabel}
      </label>
      {history.slice(-MAX_HISTORY).map((h, i) => (
        <input key={i} type="hidden" name="h" value={h} />
      ))}
      <div className={styles.box}>
        <textarea
          ref={inputRef}
          id={`${id}-q`}
          name="q"
          className={styles.input}
          rows={1}
          placeholder={t.chat.placeholder}
          value={value}
          maxLength={MAX_QUESTION_LENGTH}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={`${id}-hint`}
          enterKeyHint="send"
          data-testid="chat-input"
        />
        <button type="submit" className={styles.send} disabled={busy} aria-label={busy ? t.chat.sending : t.chat.send}>
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <path
              d="M10 16V4M5 9l5-5 5 5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </button>
      </div>
      <p id={`${id}-hint`} className={styles.hint}>
        {value.length >= MAX_QUESTION_LENGTH ? (
          format(t.chat.tooLong, { max: MAX_QUESTION_LENGTH })
        ) : (
          // Touch keyboards have no Shift+Enter: the hint is for keyboards only (see the CSS).
          <span className={styles.keyHint}>{t.chat.hint}</span>
        )}
      </p>
    </form>
  );
}
