"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { format } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { MAX_COMPARE } from "@/lib/compareItems";
import { compareHref } from "@/lib/paths";
import { Combobox } from "../common/Combobox";
import { KindBadge } from "../common/KindBadge";
import { useSearchResults } from "../search/useSearchResults";
import styles from "./ComparePicker.module.css";

interface Props {
  selected: { slug: string; name: string }[];
  onlyDifferences: boolean;
}

/**
 * The entries being compared, as removable chips, and a search to add up to five (the shared
 * Combobox, offering entries not chosen yet; Enter picks the only match).
 */
export function ComparePicker({ selected, onlyDifferences }: Props) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const slugs = selected.map((s) => s.slug);
  const full = slugs.length >= MAX_COMPARE;
  const [query, setQuery] = useState("");
  const { status, results } = useSearchResults(query, locale, 12);
  const options = results.flatMap((r) =>
    r.type === "entity" && !slugs.includes(r.slug)
      ? [
          {
            key: r.slug,
            content: (
              <>
                <span className={styles.name}>{r.name}</span>
                <KindBadge kind={r.kind} />
              </>
            ),
          },
        ]
      : [],
  );
  const statusText =
    status === "loading"
      ? t.search.searching
      : status === "error"
        ? t.search.unavailable
        : status === "done" && options.length === 0
          ? format(t.search.noResults, { query: query.trim() })
          : "";

  return (
    <div className={styles.picker} aria-busy={pending}>
      <span className={styles.label} id="compare-selected">
        {t.compare.selected}
      </span>
      <ul className={styles.chips} aria-labelledby="compare-selected">
        {selected.map((s) => (
          <li key={s.slug} className={styles.chip}>
            <Link href={`/${locale}/entities/${s.slug}`} className={styles.chipName}>
              {s.name}
            </Link>
            <Link
              href={compareHref(
                locale,
                slugs.filter((x) => x !== s.slug),
                onlyDifferences,
              )}
              className={styles.remove}
              aria-label={format(t.compare.remove, { name: s.name })}
              title={format(t.compare.remove, { name: s.name })}
              scroll={false}
            >
              <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
                <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
            </Link>
          </li>
        ))}
      </ul>
      {full ? (
        <p className={styles.full}>{t.compare.full}</p>
      ) : (
        <div className={styles.wrap}>
          <Combobox
            label={t.compare.add}
            placeholder={t.compare.addPlaceholder}
            query={query}
            onQueryChange={setQuery}
            options={options}
            onPick={(o) => {
              setQuery("");
              startTransition(() =>
                router.push(compareHref(locale, [...slugs, o.key], onlyDifferences), { scroll: false }),
              );
            }}
            status={statusText}
            pickSoleOption
            classes={{
              input: styles.input,
              popup: styles.popup,
              list: styles.list,
              option: styles.option,
              status: styles.status,
            }}
            testId="compare-picker"
          />
        </div>
      )}
    </div>
  );
}
