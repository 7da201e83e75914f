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
  | "hypervisorType";

/** One executor: a family of questions, the slots of the frame it reads, and how it answers. */
export interface Executor {
  name: string;
  consumes: readonly Slot[];
  /**
   * Its verdict rests on the question's words meeting a fact's: in a message that tells more
   * than it asks, those words are the story, not the question, so it gives no verdict there.
   */
  wordMatched?: boolean;
  run: Handler;
}
