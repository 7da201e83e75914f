"use client";

import type { Verdict } from "@/graphql/types";
import { useI18n } from "@/i18n/I18nProvider";
import { VERDICT_SYMBOL } from "@/lib/verdictSymbol";
import styles from "./VerdictBadge.module.css";

/** A yes / no / partly verdict, told by colour, by symbol and by word. */
export function VerdictBadge({ verdict, label }: { verdict: Verdict; label?: string }) {
  const { t } = useI18n();
  return (
    <span className={styles.badge} data-verdict={verdict}>
      <span aria-hidden="true" className={styles.symbol}>
        {VERDICT_SYMBOL[verdict]}
      </span>
      {label ?? t.answer.verdicts[verdict]}
    </span>
  );
}
