"use client";

import { useState, type ReactNode } from "react";
import { useI18n } from "@/i18n/I18nProvider";
import { CopyButton } from "../answer/CopyButton";
import styles from "./DiffFilter.module.css";

/**
 * The "only differences" switch and the table it filters. The choice is kept in the URL (`diff=1`)
 * so that a shared link shows the same rows; the server renders the same choice.
 */
export function DiffFilter({
  initial,
  children,
  allSame,
}: {
  initial: boolean;
  children: ReactNode;
  allSame: boolean;
}) {
  const { t } = useI18n();
  const [only, setOnly] = useState(initial);
  const toggle = () => {
    const next = !only;
    setOnly(next);
    const url = new URL(window.location.href);
    if (next) url.searchParams.set("diff", "1");
    else url.searchParams.delete("diff");
    window.history.replaceState(
      window.history.state,
      "",
      `${url.pathname}${url.search.replace(/%2C/g, ",")}${url.hash}`,
    );
  };
  return (
    <div className={styles.wrap} data-only-differences={only}>
      <div className={styles.bar}>
        <CopyButton
          label={t.compare.copyLink}
          ariaLabel={t.compare.copyLink}
          done={t.compare.linkCopied}
          text={() => window.location.href}
          icon="link"
        />
        <button type="button" role="switch" aria-checked={only} className={styles.switch} onClick={toggle}>
          <span className={styles.track} aria-hidden="true">
            <span className={styles.thumb} />
          </span>
          {t.compare.onlyDifferences}
        </button>
      </div>
      {only && allSame && <p className={styles.allSame}>{t.compare.noDifferences}</p>}
      {children}
    </div>
  );
}
