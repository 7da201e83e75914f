import type { CompatibilityData } from "@/graphql/operations/compatibility";
import { format } from "@/i18n/format";
import type { Messages } from "@/i18n/messages";
import { rowId, rowMatches, type YourSetup } from "@/lib/matrix";
import { rowText } from "@/lib/rowLabel";
import { VerdictBadge } from "../common/VerdictBadge";
import styles from "./YourSetupSummary.module.css";

/** For the reader's setup: every way to run Docker on it, with its verdict and reason; or how to narrow down. */
export function YourSetupSummary({ data, setup, t }: { data: CompatibilityData; setup: YourSetup; t: Messages }) {
  const c = t.compatibility;
  if (!setup.os) return null;
  const rows = data.compatibilityMatrix.filter((r) => rowMatches(r, setup));
  const [row] = rows;
  if (!row) return <p className={styles.note}>{c.noMatch}</p>;
  if (rows.length > 1) {
    return (
      <p className={styles.note}>
        <a href={`#${rowId(row)}`}>{format(c.narrowDown, { count: rows.length })}</a>
      </p>
    );
  }
  const names = new Map(data.setups.map((s) => [s.slug, s.name]));
  return (
    <section className={styles.summary} aria-labelledby="your-answer-title">
      <h2 id="your-answer-title" className={styles.title}>
        {format(c.onYourSetup, { row: rowText(row, t) })}
      </h2>
      <ul className={styles.list}>
        {row.cells.map((cell) => (
          <li key={cell.setup.slug} className={styles.item}>
            <div className={styles.itemHead}>
              {cell.verdict ? (
                <VerdictBadge verdict={cell.verdict} label={c.verdicts[cell.verdict]} />
              ) : (
                <span className={styles.unknown}>{c.verdicts.UNKNOWN}</span>
              )}
              <span className={styles.setup}>{names.get(cell.setup.slug) ?? cell.setup.slug}</span>
            </div>
            {cell.reason && <p className={styles.reason}>{cell.reason}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
