import type { Locale } from "../locales";
import { en, type Messages } from "./en";
import { zhHans } from "./zh-Hans";
import { zhHant } from "./zh-Hant";

export type { Messages };

const MESSAGES: Record<Locale, Messages> = { en, "zh-Hans": zhHans, "zh-Hant": zhHant };

export function getMessages(locale: Locale): Messages {
  return MESSAGES[locale];
}
