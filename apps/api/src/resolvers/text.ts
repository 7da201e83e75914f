import type { Lang, Text } from "@dockerwin/kb";
import { toLang, type InLang, type LanguageEnum } from "../language.js";

export type LangArgs = { language?: LanguageEnum | null };

/** A text field: its own `language` argument wins, else the language of the query above it. */
export const pick = (t: Text, parent: { lang: Lang }, args: LangArgs): string => t[toLang(args.language, parent.lang)];

export const pickMaybe = (t: Text | null, parent: InLang<unknown>, args: LangArgs): string | null =>
  t ? pick(t, parent, args) : null;
