import type { Metadata } from "next";
import { ApiErrorNotice } from "@/components/common/ApiErrorNotice";
import { CompatibilityMatrix } from "@/components/compatibility/CompatibilityMatrix";
import { Legend } from "@/components/compatibility/Legend";
import { YourSetupPicker } from "@/components/compatibility/YourSetupPicker";
import { YourSetupSummary } from "@/components/compatibility/YourSetupSummary";
import { getCompatibility } from "@/data/compatibility";
import { load } from "@/graphql/client";
import { i18nOf } from "@/i18n/server";
import { osChoices, readYourSetup } from "@/lib/matrix";
import { pageMetadata } from "@/lib/metadata";
import type { SearchParams } from "@/lib/params";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await i18nOf(params);
  return pageMetadata(locale, "/compatibility", { title: t.compatibility.title, description: t.compatibility.intro });
}

/** Which Docker setup works on which Windows: the matrix, and the reader's own setup picked out. */
export default async function CompatibilityPage({ params, searchParams }: Props) {
  const { locale, t } = await i18nOf(params);
  const setup = readYourSetup(await searchParams);
  const result = await load(getCompatibility(locale));
  return (
    <div className="container page">
      <h1>{t.compatibility.title}</h1>
      <p className="page-intro">{t.compatibility.intro}</p>
      {!result.ok ? (
        <ApiErrorNotice kind={result.error.kind} />
      ) : (
        <>
          <YourSetupPicker choices={osChoices(result.data.compatibilityMatrix)} setup={setup} />
          <YourSetupSummary data={result.data} setup={setup} locale={locale} t={t} />
          <Legend t={t} />
          <CompatibilityMatrix
            data={result.data}
            setup={setup}
            pathname={`/${locale}/compatibility`}
            locale={locale}
            t={t}
          />
        </>
      )}
    </div>
  );
}
