// The loop the answer engine's test files ask their questions in: each file keeps its questions
// and its assertions, and a failure names the question it failed on.
import type { Answer } from "../Answer.js";
import type { AnswerEngine } from "../AnswerEngine.js";
import { engine as shippedEngine } from "./engine.js";

/** A question, or a question with what the file expects of its answer. */
export type Case<T> = string | readonly [question: string, expected: T];

export interface AskOptions {
  /** The turns asked before each question (none by default). */
  history?: readonly string[];
  /** An engine of the file's own; the one on the shipped graph by default. */
  engine?: AnswerEngine;
}

/**
 * Asks each question and runs `check` on its answer, with the question and what the case
 * expects. An assertion that fails inside `check` is thrown again with the question before its
 * message, so that the file's own assertions need not carry it.
 */
export function askEach<T = undefined>(
  cases: readonly Case<T>[],
  check: (answer: Answer, question: string, expected: T) => void,
  { history = [], engine = shippedEngine }: AskOptions = {},
): void {
  for (const c of cases) {
    const [question, expected] = typeof c === "string" ? [c, undefined as T] : c;
    const answer = engine.ask(question, history);
    try {
      check(answer, question, expected);
    } catch (error) {
      if (error instanceof Error && !error.message.startsWith(question))
        error.message = `${question}: ${error.message}`;
      throw error;
    }
  }
}
