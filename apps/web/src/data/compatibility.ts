import { cache } from "react";
import { execute } from "@/graphql/client";
import { CompatibilityDocument } from "@/graphql/operations/compatibility";
import { apiLanguage, type Locale } from "@/i18n/locales";

export const getCompatibility = cache(async (locale: Locale) =>
  execute(CompatibilityDocument, { language: apiLanguage(locale) }),
);
