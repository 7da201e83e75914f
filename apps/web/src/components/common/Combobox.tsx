"use client";

import { useId, useState, type KeyboardEvent, type ReactNode, type Ref } from "react";
import styles from "./Combobox.module.css";

export interface ComboboxOption {
  /** Unique among the options; part of the option's element id. */
  key: string;
  content: ReactNode;
}

export interface ComboboxClasses {
  input?: string;
  popup?: string;
  list?: string;
  option?: string;
  status?: string;
}

interface Props<O extends ComboboxOption> {
  /** The input's and the listbox's accessible name. */
  label: string;
  placeholder: string;
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly O[];
  onPick: (option: O) => void;
  /** What the search is doing ("Searching…", "No matches"), shown in the popup and announced. */
  status: string;
  /** Enter picks the only option when none is active (a picker, not a search that can submit). */
  pickSoleOption?: boolean;
  classes?: ComboboxClasses;
  inputRef?: Ref<HTMLInputElement>;
  /** Passed to the input: a form field's name, a hint's id, a test id. */
  name?: string;
  type?: "text" | "search";
  describedBy?: string;
  disabled?: boolean;
  testId?: string;
  maxLength?: number;
  /** After the input, inside the same box (a keyboard hint). */
  children?: ReactNode;
}

/**
 * An editable combobox with a list popup, as the ARIA 1.2 pattern describes it: the input keeps
 * focus and points at the active option (aria-activedescendant); ArrowDown and ArrowUp open the
 * list and move through it (wrapping), Home and End go to its ends once one is active, Enter picks
 * the active option, Escape closes the list and, when it is closed, clears the input; a click picks
 * without the input losing focus first. The number of results is announced in a live region. The
 * header's search and the comparison's picker are both this component.
 */
export function Combobox<O extends ComboboxOption>({
  label,
  placeholder,
  query,
  onQueryChange,
  options,
  onPick,
  status,
  pickSoleOption = false,
  classes = {},
  inputRef,
  name,
  type = "text",
  describedBy,
  disabled = false,
  testId,
  maxLength = 100,
  children,
}: Props<O>) {
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && query.trim() !== "";
  const activeOption = expanded ? options[active] : undefined;
  const optionId = (o: O) => `${id}-${o.key}`;

  const pick = (option: O) => {
    setOpen(false);
    setActive(-1);
    onPick(option);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Keys that pick a candidate in an input method editor are not the combobox's.
    if (e.nativeEvent.isComposing) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i < 0 ? (step > 0 ? 0 : options.length - 1) : (i + step + options.length) % options.length));
    } else if ((e.key === "Home" || e.key === "End") && activeOption) {
      e.preventDefault();
      setActive(e.key === "Home" ? 0 : options.length - 1);
    } else if (e.key === "Enter") {
      const choice = activeOption ?? (pickSoleOption && expanded && options.length === 1 ? options[0] : undefined);
      if (choice) {
        e.preventDefault();
        pick(choice);
      } else if (pickSoleOption) e.preventDefault();
    } else if (e.key === "Escape") {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        e.preventDefault();
        onQueryChange("");
      }
    }
  };

  return (
    <>
      <label htmlFor={`${id}-input`} className="sr-only">
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        name={name}
        type={type}
        className={classes.input}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
        aria-describedby={describedBy}
        value={query}
        disabled={disabled}
        maxLength={maxLength}
        onChange={(e) => {
          onQueryChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid={testId}
      />
      {children}
      <div className={withBase(styles.popup, classes.popup)} hidden={!expanded}>
        <ul id={listId} role="listbox" aria-label={label} className={withBase(styles.list, classes.list)}>
          {options.map((option, i) => (
            <li
              key={option.key}
              id={optionId(option)}
              role="option"
              aria-selected={i === active}
              className={withBase(styles.option, classes.option)}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => pick(option)}
            >
              {option.content}
            </li>
          ))}
        </ul>
        {status && (
          <p className={withBase(styles.status, classes.status)} aria-hidden="true">
            {status}
          </p>
        )}
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {expanded ? status : ""}
      </p>
    </>
  );
}

/** The shared rules' class, then the caller's, which adds to them. */
function withBase(base: string | undefined, own: string | undefined): string | undefined {
  return [base, own].filter(Boolean).join(" ") || undefined;
}
