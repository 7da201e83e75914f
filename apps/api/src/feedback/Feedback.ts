import type { RateLimiter } from "../http/RateLimiter.js";
import type { FeedbackStore } from "./FeedbackStore.js";
import type { UnansweredLog } from "./UnansweredLog.js";

/** Where a server keeps what readers tell it and what it could not answer. */
export interface Feedback {
  store: FeedbackStore;
  unanswered: UnansweredLog;
  /** Judgements per client per minute: a reader clicks a few times, a script thousands. */
  limiter: RateLimiter;
}
