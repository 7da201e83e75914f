"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { ApiErrorKind } from "@/graphql/errors";
import { useI18n } from "@/i18n/I18nProvider";
import styles from "./ApiErrorNotice.module.css";

/** What a page shows instead of its data when the API is down, slow, or refuses the request. */
export function ApiErrorNotice({ kind }: { kind: ApiErrorKind }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [title, body] =
    kind === "timeout"
      ? [t.errors.timeoutTitle, t.errors.timeoutBody]
      : kind === "invalid"
        ? [t.errors.invalidTitle, t.errors.invalidBody]
        : [t.errors.unavailableTitle, t.errors.unavailableBody];
  return (
    <div className={styles.notice} role="alert" data-error-kind={kind}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false" className={styles.icon}>
        <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12 7v6M12 16.5v.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <div>
        <p className={styles.title}>{title}</p>
        <p className={styles.body}>{body}</p>
        {kind !== "invalid" && (
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => startTransition(() => router.refresh())}
          >
            {t.errors.retry}
          </button>
        )}
      </div>
    </div>
  );
}
