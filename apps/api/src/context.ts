import type { AnswerEngine } from "@dockerwin/answers";
import type { Graph, SearchIndex } from "@dockerwin/kb";

/** What every resolver can reach: the immutable graph and the indexes built over it once. */
export interface Context {
  graph: Graph;
  search: SearchIndex;
  answers: AnswerEngine;
}
