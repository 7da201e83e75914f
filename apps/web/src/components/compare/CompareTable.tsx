import type { CSSProperties } from "react";
import type { CompareData } from "@/graphql/operations/compare";
import { format, formatDate, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { Footnotes } from "@/lib/footnotes";
import { entityHref } from "@/lib/paths";
import { standOut } from "@/lib/standOut";
import { staticMarkup } from "@/lib/staticMarkup";
import type { YesNoCell, YesNoRow } from "@/lib/yesNoRows";
import { KindLabel } from "../common/KindLabel";
import { SourceLinks } from "../common/SourceLinks";
import styles from "./CompareTable.module.css";

type Comparison = CompareData["compare"];

/**
 * The comparison: one column per entry, one row per attribute, header and first column sticky.
 * Rows whose values differ are marked, and in them the cells that differ from the rest; every
 * value cites its facts as numbered notes below. Yes/no rows (lib/yesNoRows) come first, in
 * coloured cells as encyclopaedias' comparison tables have them. Nothing in it changes on the
 * client, so it is sent as static HTML (lib/staticMarkup), not as elements for a phone to hydrate;
 * its links are plain links for that reason.
 */
export function CompareTable({
  comparison,
  yesNo = [],
  locale,
  t,
}: {
  comparison: Comparison;
  yesNo?: readonly YesNoRow[];
  locale: Locale;
  t: Messages;
}) {
  const notes = new Footnotes();
  const glance = yesNo.map((row) => ({ ...row, refs: row.cells.map((cell) => notes.cite(cell.facts)) }));
  const names = comparison.entities.map((e) => e.name).join(t.common.and);
  const rows = comparison.rows.map((row) => ({
    ...row,
    refs: row.cells.map((cell) => (cell ? notes.cite(cell.facts) : [])),
    odd: standOut(row.cells.map((cell) => cell?.value ?? null)),
  }));
  return (
    <div
      dangerouslySetInnerHTML={staticMarkup(
        <>
          <div className={styles.scroller} tabIndex={0} role="region" aria-label={format(t.compare.table, { names })}>
            <table
              className={styles.table}
              data-testid="compare-table"
              style={{ "--columns": comparison.entities.length } as CSSProperties}
            >
              <caption className="sr-only">{format(t.compare.table, { names })}</caption>
              <thead>
                <tr>
                  <th scope="col" className={styles.corner}>
                    {t.compare.attribute}
                  </th>
                  {comparison.entities.map((e) => (
                    <th key={e.slug} scope="col" className={styles.colHead}>
                      <a href={entityHref(locale, e.slug)} className={styles.entity}>
                        {e.name}
                      </a>
                      <KindLabel kind={e.kind} label={t.kinds[e.kind]} />
                    </th>
                  ))}
                </tr>
              </thead>
              {glance.length > 0 && (
                <tbody data-testid="compare-yes-no">
                  <tr>
                    <th scope="colgroup" colSpan={comparison.entities.length + 1} className={styles.groupHead}>
                      {t.compare.glance}
                    </th>
                  </tr>
                  {glance.map((row) => (
                    <tr key={row.key} data-differs={row.differs}>
                      <th scope="row" className={styles.rowHead}>
                        {row.audience
                          ? t.compare.freeFor[row.audience]
                          : row.edition
                            ? format(t.compare.onEdition, { edition: row.edition.name })
                            : format(t.compare.alongside, { name: row.subject?.name ?? "" })}
                      </th>
                      {row.cells.map((cell, i) => (
                        <td
                          key={comparison.entities[i]?.slug ?? i}
                          className={styles.yesNo}
                          data-verdict={
                            cell.itself ? undefined : cell.included ? "INCLUDED" : (cell.verdict ?? "UNKNOWN")
                          }
                        >
                          <YesNoValue cell={cell} locale={locale} t={t} />
                          <NoteRefs notes={row.refs[i]} t={t} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              )}
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} data-differs={row.differs}>
                    <th scope="row" className={styles.rowHead}>
                      <span>{row.label}</span>
                      {row.differs && (
                        <span className={styles.differs} title={t.compare.differs}>
                          <span aria-hidden="true">≠</span>
                          <span className="sr-only">{t.compare.differs}</span>
                        </span>
                      )}
                    </th>
                    {row.cells.map((cell, i) => (
                      <td
                        key={comparison.entities[i]?.slug ?? i}
                        className={styles.cell}
                        data-stands-out={row.odd[i] || undefined}
                      >
                        {cell ? (
                          <>
                            <span className={styles.value}>{cell.value}</span>
                            <NoteRefs notes={row.refs[i]} t={t} />
                          </>
                        ) : (
                          <span className={styles.unknown}>
                            <span aria-hidden="true">—</span>
                            <span className="sr-only">{t.compare.unknown}</span>
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {notes.notes.length > 0 && (
            <section
              className={styles.notes}
              aria-labelledby="notes-title"
              style={{ "--notes": notes.notes.length } as CSSProperties}
            >
              <h2 id="notes-title">{t.compare.notes}</h2>
              <ol className={styles.noteList}>
                {notes.notes.map(({ n, fact }) => (
                  <li key={fact.id} id={`note-${n}`} value={n} className={styles.note}>
                    <p className={styles.noteText}>{fact.text}</p>
                    <SourceLinks sources={fact.sources} compact externalLink={t.common.externalLink} />
                  </li>
                ))}
              </ol>
            </section>
          )}
        </>,
      )}
    />
  );
}

/** Yes, no or partly, with when it holds; "(itself)" on the row about the entry; a dash where unknown. */
/** A cell's links to the notes below the table that source or qualify it. */
function NoteRefs({ notes, t }: { notes: readonly number[] | undefined; t: Messages }) {
  return notes?.map((n) => (
    <sup key={n} className={styles.ref}>
      <a href={`#note-${n}`} aria-label={format(t.compare.noteRef, { n })}>
        {n}
      </a>
    </sup>
  ));
}

function YesNoValue({ cell, locale, t }: { cell: YesNoCell; locale: Locale; t: Messages }) {
  const c = t.compare;
  if (cell.itself) return <span className={styles.unknown}>{c.itself}</span>;
  if (cell.included) return <span>{c.included}</span>;
  if (!cell.verdict)
    return (
      <span className={styles.unknown}>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{c.notStated}</span>
      </span>
    );
  const limits = cell.smallBusiness;
  const when = [
    limits === "unstated" && c.smallBusinessOnly,
    limits &&
      limits !== "unstated" &&
      format(c.smallBusinessBelow, {
        employees: formatNumber(locale, limits.maxEmployees),
        revenue: formatNumber(locale, limits.maxRevenueUsd),
      }),
    cell.from && format(c.sinceDate, { date: formatDate(locale, cell.from) }),
    cell.minBuild !== null && format(c.sinceBuild, { build: cell.minBuild }),
    cell.until && format(c.untilDate, { date: formatDate(locale, cell.until) }),
  ].filter(Boolean);
  return (
    <>
      <strong>{c.yesNo[cell.verdict]}</strong>
      {when.length > 0 && <span className={styles.when}> {when.join(t.common.clauses)}</span>}
    </>
  );
}
