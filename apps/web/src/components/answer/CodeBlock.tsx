"use client";

import { useI18n } from "@/i18n/I18nProvider";
import styles from "./CodeBlock.module.css";
import { CopyButton } from "./CopyButton";

/** A command from an answer, as code, with a button that copies it. */
export function CodeBlock({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <div className={styles.block} data-testid="code-block">
      <pre className={styles.pre}>
        <code translate="no">{code}</code>
      </pre>
      <div className={styles.copy}>
        <CopyButton
          label={t.answer.copyCode}
          ariaLabel={t.answer.copyCodeLabel}
          done={t.answer.codeCopied}
          text={() => code}
        />
      </div>
    </div>
  );
}
