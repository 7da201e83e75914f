import type { Intent } from "../Answer.js";
import type { Handler } from "./Draft.js";

/**
 * What a frame can hold that an executor may consume: qualifier slots (as in data/lexicon) and
 * predicate families. A verdict stands only when its executor consumed every one the question gives.
 */
export type Slot =
  | "edition"
  | "build"
  | "arch"
  | "host"
  | "use"
  | "exclusive"
  | "time"
  | "audience"
  | "price"
  | "coexist"
  | "status"
  | "licence"
  | "hypervisorType"
  | "absence"
  | "alternative"
  | "polarity"
  | "order"
  | "size"
  | "phase";

/**
 * What an executor's answer rests on. Between two executors that answer one question, the
 * narrower ground is the one that speaks to what is asked (see GROUNDS in dispatch.ts).
 */
export type Ground =
  | "errorEntry"
  | "comparison"
  | "timeline"
  | "dated"
  | "buildMatch"
  | "minimumBuild"
  | "editions"
  | "typedValue"
  | "claim"
  | "specificFact"
  | "setupWithout"
  | "setupRule"
  | "relation"
  | "factWords"
  | "relationList"
  | "summary"
  | "bestFact";

/**
 * One executor: a family of questions (the question types it answers), what its answers rest
 * on, the slots of the frame it reads, and how it answers.
 */
export interface Executor {
  name: string;
  /** The question types (the reader's intent) it answers; the frame chooses it by these. */
  types: readonly Intent[];
  ground: Ground;
  consumes: readonly Slot[];
  /**
   * Its verdict rests on the question's words meeting a fact's: in a message that tells more
   * than it asks, those words are the story, not the question, so it gives no verdict there.
   */
  wordMatched?: boolean;
  run: Handler;
}
