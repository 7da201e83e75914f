"use client";

import { useId, useState, type KeyboardEvent } from "react";
import { format } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { KindBadge } from "../common/KindBadge";
import { useSearchResults } from "../search/useSearchResults";
import styles from "./EntityCombobox.module.css";

interface Props {
  label: string;
  placeholder: string;
  /** Slugs not to offer (already chosen). */
  exclude: readonly string[];
  onPick: (entity: { slug: string; name: string }) => void;
  disabled?: boolean;
}

/** A searchable picker of entries (ARIA combobox): type, move with the arrows, Enter to pick. */
export function EntityCombobox({ label, placeholder, exclude, onPick, disabled = false }: Props) {
  const { locale, t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { status, results } = useSearchResults(query, locale, 12);
  const options = results.flatMap((r) => (r.type === "entity" && !exclude.includes(r.slug) ? [r] : []));
  const expanded = open && query.trim() !== "";
  const activeOption = expanded ? options[active] : undefined;

  const pick = (slug: string, name: string) => {
    setQuery("");
    setOpen(false);
    setActive(-1);
    onPick({ slug, name });
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
      e.preventDefault();
      const choice = activeOption ?? (options.length === 1 ? options[0] : undefined);
      if (choice) pick(choice.slug, choice.name);
    } else if (e.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  };

  const statusText =
    status === "loading"
      ? t.search.searching
      : status === "error"
        ? t.search.unavailable
        : status === "done" && options.length === 0
          ? format(t.search.noResults, { query: query.trim() })
          : "";

  return (
    <div className={styles.wrap}>
      <label htmlFor={`${id}-input`} className="sr-only">
        {label}
      </label>
      <input
        id={`${id}-input`}
        className={styles.input}
        type="text"
        placeholder={placeholder}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={activeOption ? `${id}-${activeOption.slug}` : undefined}
        value={query}
        disabled={disabled}
        maxLength={100}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid="compare-picker"
      />
      <div className={styles.popup} hidden={!expanded}>
        <ul id={`${id}-list`} role="listbox" aria-label={label} className={styles.list}>
          {options.map((o, i) => (
            <li
              key={o.slug}
              id={`${id}-${o.slug}`}
              role="option"
              aria-selected={i === active}
              className={styles.option}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => pick(o.slug, o.name)}
            >
              <span className={styles.name}>{o.name}</span>
              <KindBadge kind={o.kind} />
            </li>
          ))}
        </ul>
        {statusText && (
          <p className={styles.status} aria-hidden="true">
            {statusText}
          </p>
        )}
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {expanded ? statusText : ""}
      </p>
    </div>
  );
}
