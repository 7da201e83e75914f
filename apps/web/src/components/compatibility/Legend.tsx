import type { Messages } from "@/i18n/messages";
import { VERDICT_SYMBOL } from "@/lib/verdictSymbol";
import styles from "./Legend.module.css";

const ORDER = ["YES", "PARTLY", "NO", "UNKNOWN"] as const;

/** What the colours and symbols of the matrix mean (a server component). */
export function Legend({ t }: { t: Messages }) {
  return (
    <div className={styles.legend}>
      <span className={styles.title}>{t.compatibility.legend}</span>
      <ul className={styles.list}>
        {ORDER.map((v) => (
          <li key={v} className={styles.item}>
            <span className={styles.swatch} data-verdict={v} aria-hidden="true">
              {VERDICT_SYMBOL[v]}
            </span>
            {t.compatibility.verdicts[v]}
          </li>
        ))}
      </ul>
    </div>
  );
}
