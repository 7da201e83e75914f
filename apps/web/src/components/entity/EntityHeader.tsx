import Link from "next/link";
import type { EntityDetail } from "@/graphql/operations/entity";
import { format, formatDate } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { shareHref } from "@/lib/chat";
import { compareHref } from "@/lib/paths";
import { langOfName } from "@/lib/textLang";
import { KindBadge } from "../common/KindBadge";
import styles from "./EntityHeader.module.css";

/** The top of an entry's page: kind, name, other names, since when, summary, and what to do next. */
export function EntityHeader({ entity, locale, t }: { entity: EntityDetail; locale: Locale; t: Messages }) {
  return (
    <header className={styles.header}>
      <div className={styles.meta}>
        <KindBadge kind={entity.kind} />
        {entity.since && (
          <span className={styles.since}>{format(t.entity.since, { date: formatDate(locale, entity.since) })}</span>
        )}
      </div>
      <h1 className={styles.name}>{entity.name}</h1>
      <p className={styles.summary}>{entity.summary}</p>
      {entity.aliasNames.length > 0 && (
        <p className={styles.aliases}>
          <span className={styles.aliasLabel}>{t.entity.aliases}:</span>{" "}
          {entity.aliasNames.map((a, i) => (
            <span key={`${a.text}-${i}`} className={styles.alias} lang={langOfName(a, locale)}>
              {a.text}
            </span>
          ))}
        </p>
      )}
      <div className={styles.actions}>
        <Link
          href={shareHref(locale, format(t.entity.askQuestion, { name: entity.name }))}
          className="button button-primary"
        >
          {t.entity.ask}
        </Link>
        <Link href={compareHref(locale, [entity.slug])} className="button">
          {t.entity.compareWith}
        </Link>
      </div>
    </header>
  );
}
