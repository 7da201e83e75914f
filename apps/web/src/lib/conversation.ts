import type { Answer } from "@/graphql/operations/ask";
import { MAX_HISTORY, MAX_QUESTION_LENGTH } from "./chat";

/** One exchange as the tab keeps it: the answer is null while it has not come (or failed). */
export interface StoredTurn {
  question: string;
  history: string[];
  answer: Answer | null;
}

/** Where the conversation is kept: per tab, so it survives a reload, Back and a language switch. */
export const CONVERSATION_KEY = "chat:conversation";
/** More turns than anyone scrolls back through; older ones are dropped first. */
export const MAX_STORED_TURNS = 40;

function isStoredTurn(value: unknown): value is StoredTurn {
  if (typeof value !== "object" || value === null) return false;
  const turn = value as Record<string, unknown>;
  return (
    typeof turn.question === "string" &&
    turn.question.length <= MAX_QUESTION_LENGTH &&
    Array.isArray(turn.history) &&
    turn.history.length <= MAX_HISTORY &&
    turn.history.every((h) => typeof h === "string") &&
    (turn.answer === null || (typeof turn.answer === "object" && typeof (turn.answer as Answer).text === "string"))
  );
}

/** The stored conversation; empty when there is none or it cannot be read (private mode, bad JSON). */
export function readConversation(storage: Pick<Storage, "getItem"> | null): StoredTurn[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(CONVERSATION_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isStoredTurn) : [];
  } catch {
    return [];
  }
}

/** Keeps the conversation; a full or refused storage only means it will not survive a reload. */
export function writeConversation(storage: Pick<Storage, "setItem"> | null, turns: readonly StoredTurn[]): void {
  try {
    storage?.setItem(CONVERSATION_KEY, JSON.stringify(turns.slice(-MAX_STORED_TURNS)));
  } catch {
    // Quota exceeded or storage disabled: the chat still works, it is just not kept.
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The stored turns that lead to the answer at an address (`?q=` and its `h` history): the
 * conversation up to and including that question. Empty when the address is not one of them.
 */
export function conversationAt(
  stored: readonly StoredTurn[],
  question: string | null,
  history: readonly string[],
): StoredTurn[] {
  if (!question) return [];
  for (let i = stored.length - 1; i >= 0; i--) {
    const turn = stored[i];
    if (turn && turn.question === question && sameList(turn.history, history)) return stored.slice(0, i + 1);
  }
  return [];
}

/**
 * What to keep after the chat shows `shown`: when it is the start of the stored conversation (the
 * reader went Back), the turns after it stay, for Forward; otherwise `shown` replaces it.
 */
export function mergeConversation(stored: readonly StoredTurn[], shown: readonly StoredTurn[]): StoredTurn[] {
  const prefix = shown.every(
    (turn, i) => stored[i]?.question === turn.question && sameList(stored[i]?.history ?? [], turn.history),
  );
  return prefix ? [...shown, ...stored.slice(shown.length)] : [...shown];
}
