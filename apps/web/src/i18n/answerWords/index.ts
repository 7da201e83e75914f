import type { Locale } from "../locales";
import { answerWords as en } from "./en";
import { answerWords as zhHans } from "./zh-Hans";
import { answerWords as zhHant } from "./zh-Hant";

export type AnswerWords = typeof en;

const WORDS: Record<Locale, AnswerWords> = { en, "zh-Hans": zhHans, "zh-Hant": zhHant };

/** The answer engine's words in a locale's language (see ./en.ts). */
export function answerWordsOf(locale: Locale): AnswerWords {
  return WORDS[locale];
}
