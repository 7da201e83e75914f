import type { EntityFact } from "@/graphql/operations/entity";
import { formatDate } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { factAnchor } from "@/lib/ids";
import { SourceLinks } from "../common/SourceLinks";
import styles from "./EntityFacts.module.css";

/** Every fact about the entry, each with an anchor (search results link to it) and its sources. */
export function EntityFacts({ facts, locale, t }: { facts: EntityFact[]; locale: Locale; t: Messages }) {
  return (
    <ol className={styles.list}>
      {facts.map((f) => (
        <li key={f.id} id={factAnchor(f.id)} className={styles.fact} data-certainty={f.certainty}>
          <p className={styles.text}>{f.text}</p>
          <div className={styles.meta}>
            {f.date && <time dateTime={f.date}>{formatDate(locale, f.date)}</time>}
            {f.certainty !== "CONFIRMED" && <span className={styles.certainty}>{t.certainty[f.certainty]}</span>}
          </div>
          <SourceLinks sources={f.sources} compact externalLink={t.common.externalLink} />
        </li>
      ))}
    </ol>
  );
}
