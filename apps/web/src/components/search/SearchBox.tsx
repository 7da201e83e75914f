"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { format, plural } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { shareHref } from "@/lib/chat";
import { entityHref } from "@/lib/paths";
import { Combobox } from "../common/Combobox";
import styles from "./SearchBox.module.css";
import { SearchOption } from "./SearchOption";
import { useGlobalShortcut } from "./useGlobalShortcut";
import { useSearchResults } from "./useSearchResults";

type Option = { key: string; href: string; content: ReactNode };

/**
 * The header's search: fuzzy results as you type (the Combobox: arrows to move, Enter to open,
 * Escape to close); "/" or Ctrl+K focuses it. Enter with no option active, or without JavaScript,
 * submits the form to the search page. On the results page it is rendered holding the query
 * searched for (`searched`), so that it can be refined, JavaScript or not.
 */
export function SearchBox({ searched = "" }: { searched?: string }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(searched);
  const { status, results } = useSearchResults(query, locale);
  useGlobalShortcut(input);
  // On the results page the box keeps the query searched for, so that it can be refined.
  const pathname = usePathname();
  useEffect(() => {
    if (!pathname.endsWith("/search")) return;
    const searched = new URLSearchParams(window.location.search).get("q") ?? "";
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is read after hydration
    setQuery(searched);
  }, [pathname]);

  const q = query.trim();
  const options: Option[] = [
    ...results.map((r) => ({
      key: r.type === "entity" ? `e-${r.slug}` : `f-${r.id}`,
      href: r.type === "entity" ? entityHref(locale, r.slug) : r.entity ? entityHref(locale, r.entity.slug, r.id) : "",
      content: <SearchOption result={r} />,
    })),
    ...(q
      ? [
          {
            key: "ask",
            href: shareHref(locale, q),
            content: <span className={styles.askOption}>{format(t.search.askInstead, { query: q })}</span>,
          },
        ]
      : []),
  ].filter((o) => o.href !== "");

  const go = (option: Option) => {
    setQuery("");
    input.current?.blur();
    router.push(option.href);
  };

  const statusText =
    status === "loading"
      ? t.search.searching
      : status === "error"
        ? t.search.unavailable
        : status === "done"
          ? results.length === 0
            ? format(t.search.noResults, { query: q })
            : plural(locale, results.length, t.search.results)
          : "";

  return (
    <form
      role="search"
      action={`/${locale}/search`}
      method="get"
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        if (q) router.push(`/${locale}/search?q=${encodeURIComponent(q)}`);
      }}
    >
      <svg className={styles.icon} viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m13 13 4 4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <Combobox
        label={t.search.label}
        placeholder={t.search.placeholder}
        query={query}
        onQueryChange={setQuery}
        options={options}
        onPick={go}
        status={statusText}
        classes={{
          input: styles.input,
          popup: styles.popup,
          list: styles.list,
          option: styles.option,
          status: styles.status,
        }}
        inputRef={input}
        name="q"
        type="search"
        describedBy={`${id}-hint`}
      >
        <span id={`${id}-hint`} className={styles.hint}>
          <span className="sr-only">{t.search.shortcut}</span>
          <kbd aria-hidden="true">/</kbd>
        </span>
      </Combobox>
    </form>
  );
}
