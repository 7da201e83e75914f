import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { SearchBox } from "../search/SearchBox";
import { Brand } from "./Brand";
import styles from "./Header.module.css";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { MainNav } from "./MainNav";

/**
 * The header of every page: site name, navigation, search and language. Nothing here is in a
 * Suspense boundary: what suspends is streamed hidden, and stays hidden without JavaScript.
 * `searched` is the query of the search results page, which its box shows.
 */
export function Header({ locale, t, searched }: { locale: Locale; t: Messages; searched: string }) {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <div className={styles.brand}>
          <Brand locale={locale} t={t} />
        </div>
        <div className={styles.nav}>
          <MainNav locale={locale} />
        </div>
        <div className={styles.search}>
          <SearchBox searched={searched} />
        </div>
        <div className={styles.lang}>
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}
