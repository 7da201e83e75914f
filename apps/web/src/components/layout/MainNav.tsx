"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/i18n/I18nProvider";
import type { Locale } from "@/i18n/locales";
import styles from "./MainNav.module.css";

const ITEMS = [
  { key: "chat", path: "" },
  { key: "timeline", path: "/timeline" },
  { key: "compare", path: "/compare" },
  { key: "compatibility", path: "/compatibility" },
] as const;

/** The four sections, the current one marked for sight and for screen readers. */
export function MainNav({ locale }: { locale: Locale }) {
  const { t } = useI18n();
  const pathname = usePathname() ?? "";
  const section = pathname.split("/")[2] ?? "";
  return (
    <nav aria-label={t.nav.label} className={styles.nav}>
      <ul className={styles.list}>
        {ITEMS.map((item) => {
          const current = item.path === "" ? section === "" : section === item.path.slice(1);
          return (
            <li key={item.key}>
              {/* Not prefetched: four sections' payloads fetched and parsed on every page's arrival
                  cost a phone more main-thread time than the click they would save. */}
              <Link
                href={`/${locale}${item.path}`}
                className={styles.link}
                aria-current={current ? "page" : undefined}
                prefetch={false}
              >
                {t.nav[item.key]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
