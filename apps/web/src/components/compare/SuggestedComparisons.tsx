"use client";

import Link from "next/link";
import { useI18n } from "@/i18n/I18nProvider";
import { SUGGESTED_COMPARISONS } from "@/lib/compareItems";
import { compareHref } from "@/lib/paths";
import styles from "./SuggestedComparisons.module.css";

/** Ready-made comparisons worth a look. */
export function SuggestedComparisons({ current }: { current: readonly string[] }) {
  const { locale, t } = useI18n();
  const currentKey = current.join(",");
  return (
    <nav aria-labelledby="suggested-title" className={styles.wrap}>
      <h2 id="suggested-title" className={styles.title}>
        {t.compare.suggested}
      </h2>
      <ul className={styles.list}>
        {SUGGESTED_COMPARISONS.map((s) => (
          <li key={s.key}>
            <Link
              href={compareHref(locale, s.slugs)}
              className={styles.link}
              aria-current={s.slugs.join(",") === currentKey ? "page" : undefined}
            >
              {t.compare.suggestions[s.key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
