import { cache } from "react";
import { execute } from "@/graphql/client";
import { CompareDocument } from "@/graphql/operations/compare";
import { apiLanguage, type Locale } from "@/i18n/locales";

const compareOnce = cache(async (slugsKey: string, locale: Locale) => {
  const data = await execute(CompareDocument, { slugs: slugsKey.split(","), language: apiLanguage(locale) });
  return data.compare;
});

export function compare(slugs: readonly string[], locale: Locale) {
  return compareOnce(slugs.join(","), locale);
}
