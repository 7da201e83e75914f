"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { format } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import { LOCALES, type Locale } from "@/i18n/locales";
import { switchLocalePath } from "@/lib/paths";
import styles from "./LanguageSwitcher.module.css";

const SHORT: Record<Locale, string> = { en: "EN", "zh-Hans": "简", "zh-Hant": "繁" };
const NAME: Record<Locale, string> = { en: "English", "zh-Hans": "简体中文", "zh-Hant": "繁體中文" };

/**
 * Links to the same page (same path and query) in each locale. Plain links: they work without
 * JavaScript, and the hash is added on click so an anchor survives the switch.
 */
export function LanguageSwitcher() {
  const { locale, t } = useI18n();
  const pathname = usePathname() ?? `/${locale}`;
  const search = (useSearchParams()?.toString() ?? "").replace(/%2C/gi, ",");
  return (
    <nav aria-label={t.language.label} className={styles.switcher}>
      <ul className={styles.list}>
        {LOCALES.map((l) => {
          const href = switchLocalePath(pathname, search, l);
          const current = l === locale;
          return (
            <li key={l}>
              <a
                href={href}
                lang={l}
                hrefLang={l}
                className={styles.link}
                aria-current={current ? "true" : undefined}
                title={current ? NAME[l] : format(t.language.switchTo, { language: NAME[l] })}
                onClick={(e) => {
                  if (current || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  window.location.assign(`${href}${window.location.hash}`);
                }}
              >
                <span aria-hidden="true">{SHORT[l]}</span>
                <span className="sr-only">{NAME[l]}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
