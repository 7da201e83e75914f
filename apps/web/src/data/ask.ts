import { cache } from "react";
import { execute } from "@/graphql/client";
import { AskDocument, type Answer } from "@/graphql/operations/ask";
import { MAX_HISTORY, MAX_QUESTION_LENGTH } from "@/lib/chat";

const askOnce = cache(async (question: string, historyKey: string): Promise<Answer> => {
  const history = JSON.parse(historyKey) as string[];
  const data = await execute(AskDocument, { question, history });
  return data.ask;
});

/**
 * Asks the API, once per request for the same question and history (the page and its metadata
 * both need the answer). The answer follows the language the question is written in.
 */
export function ask(question: string, history: readonly string[]): Promise<Answer> {
  const q = question.trim().slice(0, MAX_QUESTION_LENGTH);
  const h = history
    .map((x) => x.trim().slice(0, MAX_QUESTION_LENGTH))
    .filter(Boolean)
    .slice(-MAX_HISTORY);
  return askOnce(q, JSON.stringify(h));
}
