import type { CompatibilityCell } from "@/graphql/operations/compatibility";
import { format } from "@/i18n/format";
import type { Messages } from "@/i18n/messages";
import styles from "./MatrixCell.module.css";

interface Props {
  cell: CompatibilityCell;
  setupName: string;
  /** The page's address for this row as the reader's setup, where the reason and sources are. */
  href: string;
  t: Messages;
}

/**
 * One cell (the table's headers give its row and column to screen readers): ✓ ✗ ◐ (or ?) on its
 * colour, a link to the row as the reader's setup, where the summary gives each setup's reason and
 * sources. The details are rendered for that one row only, which keeps the matrix's HTML small.
 * Three elements a cell, for a matrix of hundreds: the symbol is drawn by CSS (data-verdict), the
 * link is named by the setup and its verdict, and the setup's name shows beside the symbol on
 * phones (cards).
 */
export function MatrixCell({ cell, setupName, href, t }: Props) {
  const c = t.compatibility;
  const verdict = cell.verdict ?? "UNKNOWN";
  const word = c.verdicts[verdict];
  return (
    <td className={styles.cell} data-verdict={verdict}>
      <a
        href={href}
        className={styles.button}
        data-cell
        aria-label={`${setupName}${format(c.cellVerdict, { verdict: word })}`}
      >
        <span className={styles.name}>{setupName}</span>
      </a>
    </td>
  );
}
