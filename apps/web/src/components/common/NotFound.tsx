"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { format } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import styles from "./RouteError.module.css";

/** The 404 page: for an unknown entry it names the slug; for any other address it says there is none. */
export function NotFound() {
  const { locale, t } = useI18n();
  const params = useParams<{ slug?: string }>();
  const slug = typeof params?.slug === "string" ? decodeURIComponent(params.slug) : null;
  return (
    <div className="container page">
      <div className={styles.box}>
        <p className={styles.code} aria-hidden="true">
          404
        </p>
        <h1 className={styles.title}>{slug ? t.errors.entityNotFoundTitle : t.errors.notFoundTitle}</h1>
        <p className="muted">{slug ? format(t.errors.entityNotFoundBody, { slug }) : t.errors.notFoundBody}</p>
        <div className={styles.actions}>
          <Link href={`/${locale}`} className="button button-primary">
            {t.errors.backToChat}
          </Link>
        </div>
      </div>
    </div>
  );
}
