"use client";

import type { CompatibilityCell, Setup } from "@/graphql/operations/compatibility";
import type { Source } from "@/graphql/types";
import { format } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { SourceLinks } from "../common/SourceLinks";
import { VERDICT_SYMBOL, VerdictBadge } from "../common/VerdictBadge";
import styles from "./MatrixCell.module.css";

interface Props {
  id: string;
  cell: CompatibilityCell;
  setup: Setup | undefined;
  rowText: string;
}

/**
 * One cell: ✓ ✗ ◐ (or ?) on its colour; clicking opens a popover (the browser's own, so it works
 * without JavaScript too) with the reason and its sources.
 */
export function MatrixCell({ id, cell, setup, rowText }: Props) {
  const { t } = useI18n();
  const c = t.compatibility;
  const verdict = cell.verdict ?? "UNKNOWN";
  const word = c.verdicts[verdict];
  const setupName = setup?.name ?? cell.setup.slug;
  const sources = uniqueSources(cell.facts.flatMap((f) => f.sources));
  return (
    <td className={styles.cell} data-verdict={verdict}>
      <button
        type="button"
        popoverTarget={id}
        className={styles.button}
        aria-label={format(c.cellLabel, { setup: setupName, row: rowText, verdict: word })}
      >
        <span aria-hidden="true" className={styles.symbol}>
          {VERDICT_SYMBOL[verdict]}
        </span>
      </button>
      <div id={id} popover="auto" className={styles.popover} role="dialog" aria-labelledby={`${id}-title`}>
        <div className={styles.popHead}>
          <h3 id={`${id}-title`} className={styles.popTitle}>
            {setupName}
          </h3>
          <button
            type="button"
            popoverTarget={id}
            popoverTargetAction="hide"
            className={styles.close}
            aria-label={c.close}
          >
            <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
              <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </button>
        </div>
        <p className={styles.popRow}>{rowText}</p>
        {cell.verdict ? <VerdictBadge verdict={cell.verdict} label={word} /> : <p className={styles.unknown}>{word}</p>}
        {cell.reason && (
          <>
            <h4 className={styles.popLabel}>{c.why}</h4>
            <p className={styles.reason}>{cell.reason}</p>
          </>
        )}
        {sources.length > 0 && (
          <>
            <h4 className={styles.popLabel}>{c.sources}</h4>
            <SourceLinks sources={sources} />
          </>
        )}
      </div>
    </td>
  );
}

function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = s.url ?? s.title;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
