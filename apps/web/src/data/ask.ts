import { cache } from "react";
import { execute } from "@/graphql/client";
import { AskDocument, type Answer } from "@/graphql/operations/ask";
import { MatchErrorDocument, type ErrorMatchView } from "@/graphql/operations/matchError";
import type { Language } from "@/graphql/types";
import { MAX_HISTORY, MAX_QUESTION_LENGTH } from "@/lib/chat";
import { looksLikePastedError } from "@/lib/pastedError";

/** Below this, a match of a pasted message to an error entry is a guess the card does not show. */
const MIN_ERROR_SCORE = 0.6;

/** The error entry a pasted message is about; null when none fits well, or the API cannot say. */
async function matchError(text: string, language: Language | null): Promise<ErrorMatchView | null> {
  try {
    const data = await execute(MatchErrorDocument, { text, language });
    const best = data.matchError[0];
    return best && (best.matchedBy === "CODE" || best.score >= MIN_ERROR_SCORE) ? best : null;
  } catch {
    return null;
  }
}

const askOnce = cache(async (question: string, historyKey: string, language: Language | null): Promise<Answer> => {
  const history = JSON.parse(historyKey) as string[];
  const [data, errorMatch] = await Promise.all([
    execute(AskDocument, { question, history, language }),
    looksLikePastedError(question) ? matchError(question, language) : Promise.resolve(null),
  ]);
  return errorMatch ? { ...data.ask, errorMatch } : data.ask;
});

/**
 * Asks the API, once per request for the same question and history (the page and its metadata
 * both need the answer). The answer is written in `language` (the page's), else in the question's.
 * A pasted error message is also matched to the knowledge base's error entries, for its card.
 */
export function ask(question: string, history: readonly string[], language: Language | null = null): Promise<Answer> {
  const q = question.trim().slice(0, MAX_QUESTION_LENGTH);
  const h = history
    .map((x) => x.trim().slice(0, MAX_QUESTION_LENGTH))
    .filter(Boolean)
    .slice(-MAX_HISTORY);
  return askOnce(q, JSON.stringify(h), language);
}
