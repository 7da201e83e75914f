import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import styles from "./Footer.module.css";
import { FooterStats } from "./FooterStats";

/**
 * What every page ends with: how answers are made, and how much the knowledge base holds. The
 * counts are awaited with the page, not streamed: a streamed part stays hidden without JavaScript.
 */
export function Footer({ locale, t }: { locale: Locale; t: Messages }) {
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.inner}`}>
        <p className={styles.note}>{t.footer.note}</p>
        <FooterStats locale={locale} t={t} />
      </div>
    </footer>
  );
}
