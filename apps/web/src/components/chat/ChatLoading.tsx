"use client";

import { useI18n } from "@/i18n/I18nProvider";
import { AnswerSkeleton } from "./AnswerSkeleton";
import styles from "./ChatLoading.module.css";

/** While an answer is rendered on the server: the chat's shape, without its words. */
export function ChatLoading() {
  const { t } = useI18n();
  return (
    <div className={`container page ${styles.page}`} aria-busy="true">
      <div className={styles.wrap}>
        <div className={`skeleton ${styles.bubble}`} />
        <AnswerSkeleton label={t.chat.thinking} />
      </div>
    </div>
  );
}
