"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState, useTransition, type FormEvent } from "react";
import type { Architecture } from "@/graphql/operations/compatibility";
import { format } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { detectWindows, type ClientHints } from "@/lib/detectWindows";
import { editionsFor, NO_SETUP, setupQuery, type OsChoice, type YourSetup } from "@/lib/matrix";
import styles from "./YourSetupPicker.module.css";

/** Chromium's User-Agent Client Hints, which other browsers do not have. */
interface UserAgentData {
  getHighEntropyValues(hints: string[]): Promise<ClientHints>;
}

function userAgentData(): UserAgentData | undefined {
  return (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData;
}

/**
 * "Your setup": Windows version, architecture, edition (one click) and feature update. A GET form
 * (works without JavaScript, shareable), applied as soon as a choice changes when JavaScript runs.
 * With nothing chosen, the visitor's Windows and architecture are read from the browser's client
 * hints and pre-selected; the edition cannot be detected, so it is asked for.
 */
export function YourSetupPicker({ choices, setup }: { choices: OsChoice[]; setup: YourSetup }) {
  const { t } = useI18n();
  const c = t.compatibility;
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const key = setupQuery(setup);
  const [values, setValues] = useState(setup);
  const [shownKey, setShownKey] = useState(key);
  const [detected, setDetected] = useState<{ os: string; arch: Architecture | null } | null>(null);
  if (shownKey !== key) {
    setShownKey(key);
    setValues(setup);
  }
  const os = choices.find((o) => o.slug === values.os);
  const editions = editionsFor(os, values.arch);

  const apply = (next: YourSetup) => {
    setValues(next);
    startTransition(() => router.replace(`${pathname}${setupQuery(next)}`, { scroll: false }));
  };

  const nothingChosen = key === "";
  useEffect(() => {
    if (!nothingChosen) return;
    const uaData = userAgentData();
    if (!uaData) return;
    let live = true;
    uaData
      .getHighEntropyValues(["platformVersion", "architecture", "bitness"])
      .then((hints) => {
        const found = live ? detectWindows(hints, choices) : null;
        if (!found) return;
        setDetected(found);
        const next = { ...NO_SETUP, os: found.os, arch: found.arch };
        setValues(next);
        startTransition(() => router.replace(`${pathname}${setupQuery(next)}`, { scroll: false }));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // Detect once, on arrival with nothing chosen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    apply(values);
  };
  const detectedOs = detected && choices.find((o) => o.slug === detected.os);

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
        <p className={styles.intro} role="status" data-testid="setup-detected">
          {detectedOs && values.os === detectedOs.slug
            ? detected.arch
              ? format(c.detected, { os: detectedOs.name, arch: c.archNames[detected.arch] })
              : format(c.detectedOs, { os: detectedOs.name })
            : c.yourSetupIntro}
        </p>
      </div>
      <label className="field">
        {c.os}
        <select
          name="os"
          value={values.os ?? ""}
          onChange={(e) => apply({ ...NO_SETUP, os: e.target.value || null })}
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
        {c.architecture}
        <select
          name="arch"
          value={values.arch ?? ""}
          disabled={!os || os.architectures.length <= 1}
          onChange={(e) => {
            const arch = os?.architectures.find((a) => a === e.target.value) ?? null;
            const keep = editionsFor(os, arch).some((ed) => ed.id === values.edition);
            apply({ ...values, arch, edition: keep ? values.edition : null });
          }}
          data-testid="setup-arch"
        >
          <option value="">{c.anyArchitecture}</option>
          {os?.architectures.map((a) => (
            <option key={a} value={a}>
              {c.archNames[a]}
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
          data-testid="setup-version"
        >
          <option value="">{c.anyVersion}</option>
          {os?.releases.map((r) => (
            <option key={r.build} value={r.build}>
              {r.version} ({r.build})
            </option>
          ))}
        </select>
      </label>
      {editions.length > 0 && (
        <fieldset className={styles.editions} data-testid="setup-edition">
          <legend className={styles.legend}>{values.edition ? c.edition : c.chooseEdition}</legend>
          <div className={styles.editionButtons}>
            {editions.map((ed) => (
              <button
                key={ed.id}
                type="submit"
                name="edition"
                value={ed.id}
                aria-pressed={values.edition === ed.id}
                className={styles.edition}
                onClick={(e) => {
                  e.preventDefault();
                  apply({ ...values, edition: values.edition === ed.id ? null : ed.id });
                }}
              >
                {ed.name}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      <div className={styles.buttons}>
        {/* Without JavaScript, "Show" sends the chosen edition too. */}
        <button type="submit" className="button" name="edition" value={values.edition ?? ""}>
          {c.apply}
        </button>
        {key && (
          <a
            href={pathname}
            className="button"
            onClick={(e) => {
              e.preventDefault();
              setDetected(null);
              apply(NO_SETUP);
            }}
          >
            {c.clear}
          </a>
        )}
      </div>
    </form>
  );
}
