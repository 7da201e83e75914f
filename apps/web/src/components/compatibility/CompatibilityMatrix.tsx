import Link from "next/link";
import { Fragment } from "react";
import type { CompatibilityData } from "@/graphql/operations/compatibility";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { rowId, rowMatches, type YourSetup } from "@/lib/matrix";
import { entityHref } from "@/lib/paths";
import { rowLabel, rowText } from "@/lib/rowLabel";
import styles from "./CompatibilityMatrix.module.css";
import { MatrixCell } from "./MatrixCell";

interface Props {
  data: CompatibilityData;
  setup: YourSetup;
  locale: Locale;
  t: Messages;
}

/** The matrix: a row per OS, edition and build range, a column per setup; the reader's rows marked. */
export function CompatibilityMatrix({ data, setup, locale, t }: Props) {
  const c = t.compatibility;
  const setups = new Map(data.setups.map((s) => [s.slug, s]));
  const groups: { os: { slug: string; name: string }; rows: CompatibilityData["compatibilityMatrix"] }[] = [];
  for (const row of data.compatibilityMatrix) {
    const last = groups[groups.length - 1];
    if (last && last.os.slug === row.os.slug) last.rows.push(row);
    else groups.push({ os: { slug: row.os.slug, name: row.os.name }, rows: [row] });
  }
  const columns = data.setups.length + 1;
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={c.title}>
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
        <tbody>
          {groups.map((g) => (
            <Fragment key={g.os.slug}>
              <tr className={styles.group}>
                <th scope="colgroup" colSpan={columns} className={styles.groupHead}>
                  <Link href={entityHref(locale, g.os.slug)} prefetch={false}>
                    {g.os.name}
                  </Link>
                </th>
              </tr>
              {g.rows.map((row) => {
                const id = rowId(row);
                const label = rowLabel(row, t);
                const text = rowText(row, t);
                const yours = rowMatches(row, setup);
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
                        id={`${id}-${cell.setup.slug}`}
                        cell={cell}
                        setup={setups.get(cell.setup.slug)}
                        rowText={text}
                      />
                    ))}
                  </tr>
                );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
