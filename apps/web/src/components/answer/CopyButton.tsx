"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/i18n/I18nProvider";
import styles from "./CopyButton.module.css";

interface Props {
  label: string;
  ariaLabel: string;
  /** What it says after copying. */
  done: string;
  text: () => string;
  /** When set, it is a link (for readers without JavaScript, and to open in a new tab). */
  href?: string;
  icon?: "copy" | "link";
}

/** Copies text to the clipboard and says so for two seconds, to sight and to screen readers. */
export function CopyButton({ label, ariaLabel, done, text, href, icon = "copy" }: Props) {
  const { t } = useI18n();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setState("copied");
    } catch {
      setState("failed");
    }
  };

  // The longer name only while it says its label: once it says "Copied", a name that does not
  // contain what it shows would be read differently from how it looks (and voice control misses it).
  const named = state === "idle" ? ariaLabel : undefined;

  const content = (
    <>
      {icon === "copy" ? (
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <rect x="5" y="5" width="8.5" height="8.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <path d="M3 10.5V3.8C3 3.3 3.3 3 3.8 3h6.7" fill="none" stroke="currentColor" strokeWidth="1.4" />
        </svg>
      ) : (
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path
            d="M6.5 9.5 9.5 6.5M7 4.5l1-1a2.8 2.8 0 0 1 4 4l-1 1M9 11.5l-1 1a2.8 2.8 0 0 1-4-4l1-1"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinecap="round"
          />
        </svg>
      )}
      <span>{state === "copied" ? done : state === "failed" ? t.answer.copyFailed : label}</span>
    </>
  );

  return (
    <>
      {href ? (
        <a
          href={href}
          className={styles.button}
          aria-label={named}
          data-testid="share-link"
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            void copy();
          }}
        >
          {content}
        </a>
      ) : (
        <button type="button" className={styles.button} aria-label={named} onClick={() => void copy()}>
          {content}
        </button>
      )}
      <span className="sr-only" role="status">
        {state === "copied" ? done : state === "failed" ? t.answer.copyFailed : ""}
      </span>
    </>
  );
}
