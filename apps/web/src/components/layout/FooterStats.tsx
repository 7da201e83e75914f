import { getStats } from "@/data/stats";
import { format, formatNumber } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import styles from "./Footer.module.css";

/** The knowledge base's size; nothing at all when the API does not answer. */
export async function FooterStats({ locale, t }: { locale: Locale; t: Messages }) {
  const text = await getStats().then(
    (s) =>
      format(t.footer.stats, {
        entities: formatNumber(locale, s.entities),
        facts: formatNumber(locale, s.facts),
        events: formatNumber(locale, s.events),
        sources: formatNumber(locale, s.sources),
      }),
    () => "",
  );
  return (
    <p className={styles.stats} data-testid="footer-stats">
      {text}
    </p>
  );
}
