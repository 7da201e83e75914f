import { cache } from "react";
import { execute } from "@/graphql/client";
import { CompareDocument } from "@/graphql/operations/compare";
import { CompareRelationsDocument } from "@/graphql/operations/compareRelations";
import { apiLanguage, type Locale } from "@/i18n/locales";

const compareOnce = cache(async (slugsKey: string, locale: Locale) => {
  const data = await execute(CompareDocument, { slugs: slugsKey.split(","), language: apiLanguage(locale) });
  return data.compare;
});

export function compare(slugs: readonly string[], locale: Locale) {
  return compareOnce(slugs.join(","), locale);
}

const relationsOnce = cache(async (slug: string, locale: Locale) => {
  const data = await execute(CompareRelationsDocument, { slug, language: apiLanguage(locale) });
  return { slug: data.entity?.slug ?? slug, relations: data.entity?.relations.nodes ?? [] };
});

/** The compared entries' relations, for the yes/no rows (lib/yesNoRows). */
export function compareRelations(slugs: readonly string[], locale: Locale) {
  return Promise.all(slugs.map((slug) => relationsOnce(slug, locale)));
}
