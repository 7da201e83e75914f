import type { Locale } from "@/i18n/locales";

/** The longest question the chat sends; longer ones are cut. */
export const MAX_QUESTION_LENGTH = 2000;
/** How many earlier questions a follow-up sends as history. */
export const MAX_HISTORY = 8;

/**
 * The address of an answer: `/{locale}?q=<question>`, with the earlier questions of the
 * conversation as `h` parameters so that a follow-up is read the same way when the link is opened.
 */
export function shareHref(locale: Locale, question: string, history: readonly string[] = []): string {
  const params = [`q=${encodeURIComponent(question)}`, ...history.map((h) => `h=${encodeURIComponent(h)}`)];
  return `/${locale}?${params.join("&")}`;
}

/** The question and history in a chat address's search parameters, trimmed and bounded. */
export function readChatParams(params: Record<string, string | string[] | undefined>): {
  question: string | null;
  history: string[];
} {
  const q = params.q;
  const question = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, MAX_QUESTION_LENGTH) || null;
  const h = params.h;
  const history = (Array.isArray(h) ? h : h ? [h] : [])
    .map((x) => x.trim().slice(0, MAX_QUESTION_LENGTH))
    .filter(Boolean)
    .slice(-MAX_HISTORY);
  return { question, history: question ? history : [] };
}
