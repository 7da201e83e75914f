"use client";

import type { Fact } from "@/graphql/types";
import { plural } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { SourceLinks } from "../common/SourceLinks";
import styles from "./FactList.module.css";

interface Props {
  facts: readonly Fact[];
  lang?: string;
  visible?: number;
  /** Gives fact n the id `${idPrefix}-${n}`, for the answer's citation markers [n] to point at. */
  idPrefix?: string;
}

/** The facts an answer rests on, numbered, each with its sources; past the first few, folded. */
export function FactList({ facts, lang, visible = 3, idPrefix }: Props) {
  const { locale, t } = useI18n();
  const shown = facts.length > visible + 1 ? facts.slice(0, visible) : facts;
  const rest = facts.slice(shown.length);
  const item = (fact: Fact, i: number, offset = 0) => (
    <li key={fact.id} className={styles.fact} id={idPrefix ? `${idPrefix}-${offset + i + 1}` : undefined}>
      <p className={styles.text} lang={lang}>
        {fact.text}
      </p>
      <SourceLinks sources={fact.sources} compact externalLink={t.common.externalLink} />
    </li>
  );
  return (
    <>
      <ol className={styles.list}>{shown.map((fact, i) => item(fact, i))}</ol>
      {rest.length > 0 && (
        <details className={styles.more}>
          <summary className={styles.summary}>{plural(locale, rest.length, t.answer.moreFacts)}</summary>
          <ol className={styles.list} start={shown.length + 1}>
            {rest.map((fact, i) => item(fact, i, shown.length))}
          </ol>
        </details>
      )}
    </>
  );
}
