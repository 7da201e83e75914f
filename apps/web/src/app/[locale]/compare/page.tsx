import type { Metadata } from "next";
import { ApiErrorNotice } from "@/components/common/ApiErrorNotice";
import { ComparePicker } from "@/components/compare/ComparePicker";
import { CompareTable } from "@/components/compare/CompareTable";
import { DiffFilter } from "@/components/compare/DiffFilter";
import { SuggestedComparisons } from "@/components/compare/SuggestedComparisons";
import { compare, compareRelations } from "@/data/compare";
import { getEntityName } from "@/data/entity";
import { load, type Loaded } from "@/graphql/client";
import type { CompareData } from "@/graphql/operations/compare";
import { format } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import { i18nOf } from "@/i18n/server";
import { MIN_COMPARE, readCompareItems } from "@/lib/compareItems";
import { pageMetadata } from "@/lib/metadata";
import type { SearchParams } from "@/lib/params";
import { compareHref } from "@/lib/paths";
import { freeForRows } from "@/lib/freeForRows";
import { yesNoRows } from "@/lib/yesNoRows";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

interface Resolved {
  /** The entries that exist, in the order asked, with their names. */
  selected: { slug: string; name: string }[];
  unknown: string[];
  result: Loaded<CompareData["compare"]> | null;
}

/** Compares what exists; a slug the knowledge base does not know is named and left out. */
async function resolve(slugs: string[], locale: Locale): Promise<Resolved> {
  if (slugs.length >= MIN_COMPARE) {
    const result = await load(compare(slugs, locale));
    if (result.ok)
      return { selected: result.data.entities.map(({ slug, name }) => ({ slug, name })), unknown: [], result };
    if (result.error.kind !== "invalid")
      return { selected: slugs.map((slug) => ({ slug, name: slug })), unknown: [], result };
  }
  const names = await Promise.all(slugs.map((slug) => load(getEntityName(slug, locale))));
  const failed = names.find((n) => !n.ok);
  if (failed && !failed.ok)
    return { selected: slugs.map((slug) => ({ slug, name: slug })), unknown: [], result: failed };
  const selected = names.flatMap((n) => (n.ok && n.data ? [{ slug: n.data.slug, name: n.data.name }] : []));
  const unknown = slugs.filter((slug) => !selected.some((s) => s.slug === slug));
  const result =
    selected.length >= MIN_COMPARE
      ? await load(
          compare(
            selected.map((s) => s.slug),
            locale,
          ),
        )
      : null;
  return { selected, unknown, result };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, t } = await i18nOf(params);
  const { slugs, onlyDifferences } = readCompareItems(await searchParams);
  const query = compareHref(locale, slugs, onlyDifferences).slice(`/${locale}/compare`.length);
  return pageMetadata(locale, "/compare", { title: t.compare.title, description: t.compare.intro, query });
}

/** Entries side by side: `?items=a,b,c` (two to five), optionally `&diff=1` for differences only. */
export default async function ComparePage({ params, searchParams }: Props) {
  const { locale, t } = await i18nOf(params);
  const { slugs, truncated, onlyDifferences } = readCompareItems(await searchParams);
  // The yes/no rows come from the entries' relations, fetched alongside the comparison; without
  // them the table still shows its attributes.
  const [{ selected, unknown, result }, relations] = await Promise.all([
    resolve(slugs, locale),
    slugs.length >= MIN_COMPARE ? load(compareRelations(slugs, locale)) : null,
  ]);
  const yesNo = [
    ...(result?.ok ? freeForRows(result.data.rows) : []),
    ...(result?.ok && relations?.ok
      ? yesNoRows(
          result.data.entities.map(
            (e) => relations.data.find((r) => r.slug === e.slug) ?? { slug: e.slug, relations: [] },
          ),
        )
      : []),
  ];

  return (
    <div className="container page">
      <h1>{t.compare.title}</h1>
      <p className="page-intro">{t.compare.intro}</p>
      <div className={styles.layout} data-has-table={result?.ok || undefined}>
        <div className={styles.controls}>
          <ComparePicker selected={selected} onlyDifferences={onlyDifferences} />
          {(unknown.length > 0 || truncated) && (
            <p className={styles.warning} role="status">
              {unknown.length > 0 && format(t.compare.unknownItems, { slugs: unknown.join(t.common.and) })}
              {unknown.length > 0 && truncated && " "}
              {truncated && t.compare.tooMany}
            </p>
          )}
          <SuggestedComparisons current={selected.map((s) => s.slug)} />
        </div>
        <div>
          {result && !result.ok ? (
            <ApiErrorNotice kind={result.error.kind} />
          ) : result?.ok ? (
            result.data.rows.length === 0 ? (
              <p className={styles.empty}>{t.compare.noRows}</p>
            ) : (
              <DiffFilter
                initial={onlyDifferences}
                allSame={result.data.rows.every((r) => !r.differs) && yesNo.every((r) => !r.differs)}
              >
                <CompareTable comparison={result.data} yesNo={yesNo} locale={locale} t={t} />
              </DiffFilter>
            )
          ) : (
            <p className={styles.empty}>{t.compare.needTwo}</p>
          )}
        </div>
      </div>
    </div>
  );
}
