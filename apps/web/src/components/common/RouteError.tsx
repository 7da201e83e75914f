"use client";

import Link from "next/link";
import { useI18n } from "@/i18n/I18nProvider";
import styles from "./RouteError.module.css";

/** What a route shows when it fails unexpectedly: a translated message, a retry, a way back. */
export function RouteError({ retry }: { retry: () => void }) {
  const { locale, t } = useI18n();
  return (
    <div className="container page">
      <div className={styles.box} role="alert">
        <h1 className={styles.title}>{t.errors.genericTitle}</h1>
        <p className="muted">{t.errors.genericBody}</p>
        <div className={styles.actions}>
          <button type="button" className="button button-primary" onClick={() => retry()}>
            {t.errors.retry}
          </button>
          <Link href={`/${locale}`} className="button">
            {t.errors.backToChat}
          </Link>
        </div>
      </div>
    </div>
  );
}
