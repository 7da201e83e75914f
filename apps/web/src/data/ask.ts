import { cache } from "react";
import { execute } from "@/graphql/client";
import { AskDocument, type Answer } from "@/graphql/operations/ask";
import type { Language } from "@/graphql/types";
import { MAX_HISTORY, MAX_QUESTION_LENGTH } from "@/lib/chat";

const askOnce = cache(async (question: string, historyKey: string, language: Language | null): Promise<Answer> => {
  const history = JSON.parse(historyKey) as string[];
  const data = await execute(AskDocument, { question, history, language });
  return data.ask;
});

/**
 * Asks the API, once per request for the same question and history (the page and its metadata
 * both need the answer). The answer is written in `language` (the page's), else in the question's.
 */
export function ask(question: string, history: readonly string[], language: Language | null = null): Promise<Answer> {
  const q = question.trim().slice(0, MAX_QUESTION_LENGTH);
  const h = history
    .map((x) => x.trim().slice(0, MAX_QUESTION_LENGTH))
    .filter(Boolean)
    .slice(-MAX_HISTORY);
  return askOnce(q, JSON.stringify(h), language);
}
