import type { Metadata } from "next";
import Link from "next/link";
import { ApiErrorNotice } from "@/components/common/ApiErrorNotice";
import { KindBadge } from "@/components/common/KindBadge";
import { Highlighted } from "@/components/search/Highlighted";
import { search } from "@/data/search";
import { load } from "@/graphql/client";
import { format } from "@/i18n/format";
import { i18nOf } from "@/i18n/server";
import { shareHref } from "@/lib/chat";
import { pageMetadata } from "@/lib/metadata";
import { firstParam, type SearchParams } from "@/lib/params";
import { entityHref } from "@/lib/paths";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, t } = await i18nOf(params);
  const q = firstParam(await searchParams, "q");
  return {
    ...pageMetadata(locale, "/search", {
      title: q ? format(t.search.pageHeading, { query: q }) : t.search.pageTitle,
      query: q ? `?q=${encodeURIComponent(q)}` : "",
    }),
    robots: { index: false },
  };
}

/** Search results as a page: where the header's search goes without JavaScript, or on Enter. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale, t } = await i18nOf(params);
  const q = firstParam(await searchParams, "q")?.slice(0, 100);
  const result = q ? await load(search(q, locale, 20)) : null;
  return (
    <div className="container page">
      <h1>{q ? format(t.search.pageHeading, { query: q }) : t.search.pageTitle}</h1>
      {!q && <p className="page-intro">{t.search.pageEmpty}</p>}
      {result && !result.ok && <ApiErrorNotice kind={result.error.kind} />}
      {result?.ok && (
        <>
          {result.data.length === 0 && <p className="muted">{format(t.search.noResults, { query: q ?? "" })}</p>}
          <ul className={styles.list}>
            {result.data.map((r) =>
              r.type === "entity" ? (
                <li key={`e-${r.slug}`} className={styles.item}>
                  <div className={styles.head}>
                    <Link href={entityHref(locale, r.slug)} className={styles.title} prefetch={false}>
                      <Highlighted text={r.name} query={q ?? ""} />
                    </Link>
                    <KindBadge kind={r.kind} />
                  </div>
                  <p className={styles.text}>
                    <Highlighted text={r.summary} query={q ?? ""} />
                  </p>
                </li>
              ) : (
                <li key={`f-${r.id}`} className={styles.item}>
                  <div className={styles.head}>
                    <span className={styles.fact}>{t.search.fact}</span>
                    {r.entity && (
                      <Link href={entityHref(locale, r.entity.slug, r.id)} className={styles.title} prefetch={false}>
                        {r.entity.name}
                      </Link>
                    )}
                  </div>
                  <p className={styles.text}>
                    <Highlighted text={r.text} query={q ?? ""} />
                  </p>
                </li>
              ),
            )}
          </ul>
          {q && (
            <p className={styles.ask}>
              <Link href={shareHref(locale, q)}>{format(t.search.askInstead, { query: q })} →</Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
