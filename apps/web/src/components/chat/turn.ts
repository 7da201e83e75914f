import type { ApiErrorKind } from "@/graphql/errors";
import type { Answer } from "@/graphql/operations/ask";

/** Why a turn has no answer: the API's reasons, or the reader cancelled it. */
export type TurnFailure = ApiErrorKind | "cancelled";

export type TurnState =
  | { status: "pending"; startedAt: number }
  | { status: "done"; answer: Answer }
  /** `seconds`: how long the reader waited, told on a time-out. */
  | { status: "error"; kind: TurnFailure; seconds: number };

/** One exchange of the chat: the question, the questions before it, and how its answer stands. */
export interface Turn {
  id: number;
  question: string;
  history: string[];
  state: TurnState;
}

/** The first turn, when the server rendered it from `?q=`. */
export interface InitialTurn {
  question: string;
  history: string[];
  result: { ok: true; answer: Answer } | { ok: false; kind: ApiErrorKind };
}
