import type { Graph, KbClaim, KbEntity, KbErrorEntry, KbFact, Lang } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import type { Reading } from "../read/Reading.js";
import type { Slot } from "./Executor.js";
import type { FactIndex } from "./FactIndex.js";

/** What a handler needs: the graph, its fact index, the reading and the answer's language. */
export interface AnswerContext {
  graph: Graph;
  facts: FactIndex;
  reading: Reading;
  lang: Lang;
}

/** An answer in the making: a handler fills it, the engine finishes it. */
export interface Draft {
  verdict: Verdict | null;
  /** Sentences, in order; joined the way the language joins sentences. */
  parts: string[];
  /** Entities the answer found, besides those of the question. */
  entities: KbEntity[];
  facts: KbFact[];
  claims?: KbClaim[];
  /** The executor that wrote it, for the interpretation shown with the answer. */
  by?: string;
  /**
   * Slots this answer consumed beyond those its executor always does: a "no" from a relation
   * that says the two named do not work together holds "instead of" the third one named.
   */
  consumed?: readonly Slot[];
  /** The error entry the answer is about, for a pasted error message. */
  error?: KbErrorEntry;
}

/** A handler answers the questions it knows how to, and returns null for the others. */
export type Handler = (ctx: AnswerContext) => Draft | null;
