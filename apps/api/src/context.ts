import type { AnswerEngine } from "@dockerwin/answers";
import type { Graph, SearchIndex } from "@dockerwin/kb";
import type { Feedback } from "./feedback/Feedback.js";
import type { ExecutionBudget } from "./server/ExecutionBudget.js";

/** What every resolver can reach: the immutable graph and the indexes built over it once. */
export interface Context {
  graph: Graph;
  search: SearchIndex;
  answers: AnswerEngine;
  /** Absent where nothing is stored (in-process tests, a server started without a data directory). */
  feedback?: Feedback;
  /** Who sent the request, as the rate limiters key it. */
  client?: string;
  /** Charges units to the client's rate limit, paid for by its next requests. */
  charge?: (units: number) => void;
  /** What this operation may still resolve; absent in-process, where tests run trusted queries. */
  budget?: ExecutionBudget;
}
