import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Footer } from "@/components/layout/Footer";
import { Header } from "@/components/layout/Header";
import { clientMessages } from "@/i18n/clientMessages";
import { I18nProvider } from "@/i18n/I18nProvider";
import { i18nOf } from "@/i18n/server";
import { SEARCHED_HEADER, searchedQuery } from "@/lib/searchedQuery";
import { siteUrl } from "@/lib/siteUrl";
import "../globals.css";

export const dynamic = "force-dynamic";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { t } = await i18nOf(params);
  return {
    // From SITE_URL only: Host and X-Forwarded-* are the client's to write.
    metadataBase: siteUrl(),
    title: { default: t.meta.siteName, template: `%s · ${t.meta.siteName}` },
    description: t.meta.description,
    applicationName: t.meta.siteName,
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0e1116" },
  ],
};

/** The root layout of every page: <html lang> is the locale's, the header and footer are shared. */
export default async function LocaleLayout({ children, params }: Props) {
  const { locale, t } = await i18nOf(params);
  const searched = searchedQuery((await headers()).get(SEARCHED_HEADER));
  return (
    <html lang={locale}>
      <body>
        <I18nProvider locale={locale} messages={clientMessages(t)}>
          <a href="#main" className="skip-link">
            {t.nav.skipToContent}
          </a>
          <Header locale={locale} t={t} searched={searched} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <Footer locale={locale} t={t} />
        </I18nProvider>
      </body>
    </html>
  );
}
