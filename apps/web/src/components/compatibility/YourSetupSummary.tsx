import type { CompatibilityData } from "@/graphql/operations/compatibility";
import { format } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { rowForSetup, rowId, type YourSetup } from "@/lib/matrix";
import { rowText } from "@/lib/rowLabel";
import { bestByContainer, worksFirst } from "@/lib/setupSummary";
import { SourceLinks } from "../common/SourceLinks";
import { VerdictBadge } from "../common/VerdictBadge";
import styles from "./YourSetupSummary.module.css";

interface Props {
  data: CompatibilityData;
  setup: YourSetup;
  locale: Locale;
  t: Messages;
}

/**
 * For the reader's setup: the best way to run each kind of container, then every setup, what
 * works first, each with its reason and sources; or how to narrow down.
 */
export function YourSetupSummary({ data, setup, locale, t }: Props) {
  const c = t.compatibility;
  if (!setup.os) return null;
  const found = rowForSetup(data.compatibilityMatrix, setup);
  if (!("row" in found)) {
    return (
      <p className={styles.note} role="status">
        {found.matches === 0
          ? c.noMatch
          : format(found.archs > 1 && !setup.arch ? c.narrowArch : c.narrowDown, { count: found.matches })}
      </p>
    );
  }
  const { row, latest } = found;
  const names = new Map(data.setups.map((s) => [s.slug, s.name]));
  const or = new Intl.ListFormat(locale, { type: "disjunction" });
  const cells = worksFirst(row.cells);
  return (
    <section className={styles.summary} aria-labelledby="your-answer-title" data-testid="setup-summary">
      <h2 id="your-answer-title" className={styles.title}>
        <a href={`#${rowId(row)}`}>{format(c.onYourSetup, { row: rowText(row, t) })}</a>
      </h2>
      {latest && <p className={styles.latest}>{c.latestVersion}</p>}
      {bestByContainer(row.cells, data.setups).map((best) => (
        <p key={best.containers.slug} className={styles.best} data-testid="setup-best">
          {format(c.bestFor, {
            containers: best.containers.name,
            setups: or.format(best.setups.map((s) => s.name)),
          })}
        </p>
      ))}
      <ul className={styles.list}>
        {cells.map((cell) => (
          <li
            key={cell.setup.slug}
            id={`answer-${cell.setup.slug}`}
            className={styles.item}
            data-verdict={cell.verdict ?? "UNKNOWN"}
          >
            <div className={styles.itemHead}>
              {cell.verdict ? (
                <VerdictBadge verdict={cell.verdict} label={c.verdicts[cell.verdict]} />
              ) : (
                <span className={styles.unknown}>{c.verdicts.UNKNOWN}</span>
              )}
              <span className={styles.setup}>{names.get(cell.setup.slug) ?? cell.setup.slug}</span>
            </div>
            {cell.reason && <p className={styles.reason}>{cell.reason}</p>}
            <SourceLinks
              sources={uniqueSources(cell.facts.flatMap((f) => f.sources))}
              compact
              externalLink={t.common.externalLink}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function uniqueSources<S extends { url: string | null; title: string }>(sources: readonly S[]): S[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = s.url ?? s.title;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
