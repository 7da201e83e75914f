"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { format, plural } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { shareHref } from "@/lib/chat";
import { entityHref } from "@/lib/paths";
import type { SearchResult } from "@/lib/searchResults";
import styles from "./SearchBox.module.css";
import { SearchOption } from "./SearchOption";
import { useGlobalShortcut } from "./useGlobalShortcut";
import { useSearchResults } from "./useSearchResults";

type Option = { key: string; href: string; result: SearchResult | null };

/**
 * The header's search: fuzzy results as you type (an ARIA 1.2 combobox), ArrowUp/ArrowDown to move,
 * Enter to open, Escape to close; "/" or Ctrl+K focuses it. Without JavaScript it is a plain form
 * that opens the search page.
 */
export function SearchBox() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const id = useId();
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
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
      result: r,
    })),
    ...(q ? [{ key: "ask", href: shareHref(locale, q), result: null }] : []),
  ].filter((o) => o.href !== "");
  const expanded = open && q !== "";
  const activeOption = expanded ? options[active] : undefined;

  const go = (option: Option) => {
    setOpen(false);
    setActive(-1);
    setQuery("");
    input.current?.blur();
    router.push(option.href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i < 0 ? (step > 0 ? 0 : options.length - 1) : (i + step + options.length) % options.length));
    } else if (e.key === "Enter") {
      if (activeOption) {
        e.preventDefault();
        go(activeOption);
      }
    } else if (e.key === "Escape") {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        e.preventDefault();
        setQuery("");
      }
    }
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
        if (activeOption) go(activeOption);
        else if (q) {
          setOpen(false);
          router.push(`/${locale}/search?q=${encodeURIComponent(q)}`);
        }
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        {t.search.label}
      </label>
      <svg className={styles.icon} viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m13 13 4 4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={input}
        id={`${id}-input`}
        name="q"
        type="search"
        className={styles.input}
        placeholder={t.search.placeholder}
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${id}-${activeOption.key}` : undefined}
        aria-describedby={`${id}-hint`}
        value={query}
        maxLength={100}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className={styles.hint}>
        <span className="sr-only">{t.search.shortcut}</span>
        <kbd aria-hidden="true">/</kbd>
      </span>
      <div className={styles.popup} hidden={!expanded}>
        <ul id={listId} role="listbox" aria-label={t.search.label} className={styles.list}>
          {options.map((option, i) => (
            <li
              key={option.key}
              id={`${id}-${option.key}`}
              role="option"
              aria-selected={i === active}
              className={styles.option}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => go(option)}
            >
              {option.result ? (
                <SearchOption result={option.result} />
              ) : (
                <span className={styles.askOption}>{format(t.search.askInstead, { query: q })}</span>
              )}
            </li>
          ))}
        </ul>
        <p className={styles.status} aria-hidden="true">
          {statusText}
        </p>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {expanded ? statusText : ""}
      </p>
    </form>
  );
}
