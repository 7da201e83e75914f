"use client";

import { useI18n } from "@/i18n/I18nProvider";
import type { SearchResult } from "@/lib/searchResults";
import { KindBadge } from "../common/KindBadge";
import styles from "./SearchBox.module.css";

/** One row of the search results: an entry with its kind and summary, or a fact and its entry. */
export function SearchOption({ result }: { result: SearchResult }) {
  const { t } = useI18n();
  if (result.type === "entity") {
    return (
      <>
        <span className={styles.optionHead}>
          <span className={styles.optionTitle}>{result.name}</span>
          <KindBadge kind={result.kind} />
        </span>
        <span className={styles.optionText}>{result.summary}</span>
      </>
    );
  }
  return (
    <>
      <span className={styles.optionHead}>
        <span className={styles.factBadge}>{t.search.fact}</span>
        {result.entity && <span className={styles.optionEntity}>{result.entity.name}</span>}
      </span>
      <span className={styles.optionText}>{result.text}</span>
    </>
  );
}
