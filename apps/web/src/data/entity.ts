import { cache } from "react";
import { execute } from "@/graphql/client";
import { EntityDocument, EntityExistsDocument, type EntityDetail } from "@/graphql/operations/entity";
import { apiLanguage, type Locale } from "@/i18n/locales";

export const getEntity = cache(async (slug: string, locale: Locale): Promise<EntityDetail | null> => {
  const data = await execute(EntityDocument, { slug, language: apiLanguage(locale) });
  return data.entity;
});

export const getEntityName = cache(async (slug: string, locale: Locale) => {
  const data = await execute(EntityExistsDocument, { slug, language: apiLanguage(locale) });
  return data.entity;
});
