"use client";

import { useI18n } from "@/i18n/I18nProvider";
import { shareHref } from "@/lib/chat";
import styles from "./FollowUps.module.css";

interface Props {
  title: string;
  questions: readonly string[];
  /** The conversation so far, this answer's question last. */
  history: readonly string[];
  onAsk?: (question: string) => void;
}

/** Questions worth asking next. Links that open the answer; with JavaScript they ask in place. */
export function FollowUps({ title, questions, history, onAsk }: Props) {
  const { locale } = useI18n();
  return (
    <div className={styles.wrap}>
      <h3 className={styles.title}>{title}</h3>
      <ul className={styles.list}>
        {questions.map((q) => (
          <li key={q}>
            <a
              href={shareHref(locale, q, history)}
              className={styles.followUp}
              data-testid="follow-up"
              onClick={(e) => {
                if (!onAsk || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                onAsk(q);
              }}
            >
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                <path
                  d="M3 8h9M8.5 4.5 12 8l-3.5 3.5"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.6"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                />
              </svg>
              {q}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
