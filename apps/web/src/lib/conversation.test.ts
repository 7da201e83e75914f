import { describe, expect, it } from "vitest";
import type { Answer } from "@/graphql/operations/ask";
import {
  CONVERSATION_KEY,
  conversationAt,
  mergeConversation,
  readConversation,
  writeConversation,
  type StoredTurn,
} from "./conversation";

function memory(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
    key: () => null,
    get length() {
      return items.size;
    },
  };
}

const answer = { text: "Yes.", language: "EN" } as Answer;
const turns: StoredTurn[] = [
  { question: "A?", history: [], answer },
  { question: "B?", history: ["A?"], answer },
  { question: "C?", history: ["A?", "B?"], answer: null },
];

describe("the stored conversation", () => {
  it("survives a round trip through storage", () => {
    const storage = memory();
    writeConversation(storage, turns);
    expect(readConversation(storage)).toEqual(turns);
  });

  it("reads nothing from missing, broken or foreign data", () => {
    const storage = memory();
    expect(readConversation(storage)).toEqual([]);
    storage.setItem(CONVERSATION_KEY, "{not json");
    expect(readConversation(storage)).toEqual([]);
    storage.setItem(CONVERSATION_KEY, JSON.stringify([{ question: 1 }, turns[0]]));
    expect(readConversation(storage)).toEqual([turns[0]]);
    expect(readConversation(null)).toEqual([]);
  });

  it("does not throw when storage refuses to write", () => {
    const full = {
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => writeConversation(full, turns)).not.toThrow();
  });

  it("finds the turns that lead to an address's question", () => {
    expect(conversationAt(turns, "B?", ["A?"])).toEqual(turns.slice(0, 2));
    expect(conversationAt(turns, "A?", [])).toEqual(turns.slice(0, 1));
    expect(conversationAt(turns, "B?", [])).toEqual([]);
    expect(conversationAt(turns, null, [])).toEqual([]);
  });
});

describe("mergeConversation", () => {
  it("keeps the later turns when the chat went Back to an earlier one", () => {
    expect(mergeConversation(turns, turns.slice(0, 1))).toEqual(turns);
  });

  it("takes the answers the chat has now", () => {
    const answered = { ...turns[2], answer } as StoredTurn;
    expect(mergeConversation(turns, [...turns.slice(0, 2), answered])).toEqual([...turns.slice(0, 2), answered]);
  });

  it("replaces the rest when a new question was asked after going Back", () => {
    const other: StoredTurn = { question: "D?", history: ["A?"], answer: null };
    expect(mergeConversation(turns, [turns[0] as StoredTurn, other])).toEqual([turns[0], other]);
  });
});
