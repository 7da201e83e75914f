"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { useI18n } from "@/i18n/I18nProvider";
import type { OsChoice, YourSetup } from "@/lib/matrix";
import styles from "./YourSetupPicker.module.css";

function query(s: YourSetup): string {
  const p = new URLSearchParams();
  if (s.os) p.set("os", s.os);
  if (s.os && s.edition) p.set("edition", s.edition);
  if (s.os && s.build !== null) p.set("build", String(s.build));
  const q = p.toString();
  return q ? `?${q}` : "";
}

/**
 * "Your setup": Windows version, edition and feature release. A GET form (works without
 * JavaScript, shareable), applied as soon as a choice changes when JavaScript runs.
 */
export function YourSetupPicker({ choices, setup }: { choices: OsChoice[]; setup: YourSetup }) {
  const { t } = useI18n();
  const c = t.compatibility;
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const key = query(setup);
  const [values, setValues] = useState(setup);
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setValues(setup);
  }
  const os = choices.find((o) => o.slug === values.os);

  const apply = (next: YourSetup) => {
    setValues(next);
    startTransition(() => router.replace(`${pathname}${query(next)}`, { scroll: false }));
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    apply(values);
  };

  return (
    <form
      className={styles.form}
      method="get"
      onSubmit={onSubmit}
      aria-labelledby="your-setup-title"
      aria-busy={pending}
    >
      <div className={styles.head}>
        <h2 id="your-setup-title" className={styles.title}>
          {c.yourSetup}
        </h2>
        <p className={styles.intro}>{c.yourSetupIntro}</p>
      </div>
      <label className="field">
        {c.os}
        <select
          name="os"
          value={values.os ?? ""}
          onChange={(e) => apply({ os: e.target.value || null, edition: null, build: null })}
          data-testid="setup-os"
        >
          <option value="">{c.chooseOs}</option>
          {choices.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {c.edition}
        <select
          name="edition"
          value={values.edition ?? ""}
          disabled={!os || os.editions.length === 0}
          onChange={(e) => apply({ ...values, edition: e.target.value || null })}
          data-testid="setup-edition"
        >
          <option value="">{c.anyEdition}</option>
          {os?.editions.map((ed) => (
            <option key={ed.id} value={ed.id}>
              {ed.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {c.version}
        <select
          name="build"
          value={values.build ?? ""}
          disabled={!os || os.releases.length <= 1}
          onChange={(e) => apply({ ...values, build: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{c.anyVersion}</option>
          {os?.releases.map((r) => (
            <option key={r.build} value={r.build}>
              {r.version} ({r.build})
            </option>
          ))}
        </select>
      </label>
      <div className={styles.buttons}>
        <button type="submit" className="button">
          {c.apply}
        </button>
        {key && (
          <a
            href={pathname}
            className="button"
            onClick={(e) => {
              e.preventDefault();
              apply({ os: null, edition: null, build: null });
            }}
          >
            {c.clear}
          </a>
        )}
      </div>
    </form>
  );
}
