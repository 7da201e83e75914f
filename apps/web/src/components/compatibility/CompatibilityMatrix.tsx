import type { CSSProperties } from "react";
import type { CompatibilityData } from "@/graphql/operations/compatibility";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { rowForSetup, rowId, rowMatches, setupOfRow, setupQuery, type YourSetup } from "@/lib/matrix";
import { entityHref } from "@/lib/paths";
import { rowLabel } from "@/lib/rowLabel";
import { staticMarkup } from "@/lib/staticMarkup";
import styles from "./CompatibilityMatrix.module.css";
import { MatrixCell } from "./MatrixCell";
import { MatrixKeys } from "./MatrixKeys";

interface Props {
  data: CompatibilityData;
  setup: YourSetup;
  pathname: string;
  locale: Locale;
  t: Messages;
}

/**
 * The matrix: a row per OS, architecture, edition and build range, a column per setup; the
 * reader's rows marked. A table on wide screens, a card per row on phones. Static HTML (no script
 * per cell, nothing for a phone to hydrate); MatrixKeys adds arrow-key movement between the cells.
 */
export function CompatibilityMatrix({ data, setup, pathname, locale, t }: Props) {
  const c = t.compatibility;
  const names = new Map(data.setups.map((s) => [s.slug, s.name]));
  const groups: { os: { slug: string; name: string }; rows: CompatibilityData["compatibilityMatrix"] }[] = [];
  for (const row of data.compatibilityMatrix) {
    const last = groups[groups.length - 1];
    if (last && last.os.slug === row.os.slug) last.rows.push(row);
    else groups.push({ os: { slug: row.os.slug, name: row.os.name }, rows: [row] });
  }
  const columns = data.setups.length + 1;
  // The row the summary answers for is the reader's; without a single answer, every matching row.
  const answered = setup.os ? rowForSetup(data.compatibilityMatrix, setup) : null;
  const isYours = (row: CompatibilityData["compatibilityMatrix"][number]) =>
    answered && "row" in answered ? answered.row === row : rowMatches(row, setup);
  return (
    <MatrixKeys
      className={styles.scroller}
      label={c.title}
      markup={staticMarkup(
        <table className={styles.table} data-testid="compatibility-matrix">
          <caption className="sr-only">{c.intro}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.corner}>
                {c.windows}
              </th>
              {data.setups.map((s) => (
                <th key={s.slug} scope="col" className={styles.setup} title={s.summary}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody
              key={g.os.slug}
              className={styles.group}
              data-yours={g.rows.some(isYours) || undefined}
              style={{ "--rows": g.rows.length } as CSSProperties}
            >
              <tr>
                <th scope="colgroup" colSpan={columns} className={styles.groupHead}>
                  <a href={entityHref(locale, g.os.slug)}>{g.os.name}</a>
                </th>
              </tr>
              {g.rows.map((row) => {
                const id = rowId(row);
                const label = rowLabel(row, t);
                const yours = isYours(row);
                const href = `${pathname}${setupQuery(setupOfRow(row))}`;
                return (
                  <tr key={id} id={id} data-yours={yours || undefined} className={styles.row}>
                    <th scope="row" className={styles.rowHead}>
                      <span className={styles.rowName}>{label.name}</span>
                      {label.range && (
                        <span className={styles.range} title={label.title ?? undefined}>
                          {label.range}
                        </span>
                      )}
                      {yours && <span className={styles.yours}>★ {c.yourRow}</span>}
                    </th>
                    {row.cells.map((cell) => (
                      <MatrixCell
                        key={cell.setup.slug}
                        cell={cell}
                        setupName={names.get(cell.setup.slug) ?? cell.setup.slug}
                        href={`${href}#answer-${cell.setup.slug}`}
                        t={t}
                      />
                    ))}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>,
      )}
    />
  );
}
