"use client";

import { useI18n } from "@/i18n/I18nProvider";
import { shareHref } from "@/lib/chat";
import styles from "./ExampleQuestions.module.css";

/** Questions to start with on the empty chat; links to their answers, asked in place with JavaScript. */
export function ExampleQuestions({ onAsk }: { onAsk: (q: string) => void }) {
  const { locale, t } = useI18n();
  return (
    <section className={styles.examples} aria-labelledby="examples-title">
      <h2 id="examples-title" className={styles.title}>
        {t.chat.examplesTitle}
      </h2>
      <ul className={styles.grid}>
        {t.chat.examples.map((q) => (
          <li key={q}>
            <a
              href={shareHref(locale, q)}
              className={styles.example}
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                onAsk(q);
              }}
            >
              {q}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
