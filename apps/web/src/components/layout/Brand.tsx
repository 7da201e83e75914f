import Link from "next/link";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import styles from "./Brand.module.css";

/** The site's mark and name, linking to the chat. */
export function Brand({ locale, t }: { locale: Locale; t: Messages }) {
  return (
    <Link href={`/${locale}`} className={styles.brand}>
      <svg className={styles.mark} viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
        <rect x="1" y="1" width="30" height="30" rx="8" fill="var(--accent)" />
        <g fill="var(--accent-fg)">
          <rect x="7" y="8" width="8" height="7" rx="1.2" />
          <rect x="17" y="8" width="8" height="7" rx="1.2" />
          <rect x="7" y="17" width="8" height="7" rx="1.2" />
          <rect x="17" y="17" width="8" height="7" rx="1.2" opacity="0.55" />
        </g>
      </svg>
      <span className={styles.text}>
        <span className={styles.name}>{t.meta.siteName}</span>
        <span className={styles.tagline}>{t.meta.siteTagline}</span>
      </span>
    </Link>
  );
}
