import type { Lang } from "@dockerwin/kb";

/** The API's Language enum values and the knowledge base's language codes. */
export type LanguageEnum = "EN" | "ZH_HANS" | "ZH_HANT";

const TO_LANG: Record<LanguageEnum, Lang> = { EN: "en", ZH_HANS: "zh-Hans", ZH_HANT: "zh-Hant" };
const TO_ENUM: Record<Lang, LanguageEnum> = { en: "EN", "zh-Hans": "ZH_HANS", "zh-Hant": "ZH_HANT" };

export const toLang = (l: LanguageEnum | null | undefined, fallback: Lang = "en"): Lang => (l ? TO_LANG[l] : fallback);
export const toEnum = (l: Lang): LanguageEnum => TO_ENUM[l];

/**
 * A value on its way to the client, with the language of the query that returned it, so
 * nested text fields without their own `language` answer in the language the query asked for.
 */
export interface InLang<T> {
  v: T;
  lang: Lang;
}

export const inLang = <T>(v: T, lang: Lang): InLang<T> => ({ v, lang });
export const allInLang = <T>(vs: readonly T[], lang: Lang): InLang<T>[] => vs.map((v) => ({ v, lang }));
