import type { KbClaim, KbEntity, KbErrorEntry, KbFact, Lang } from "@dockerwin/kb";

export const INTENTS = ["YES_NO", "WHEN", "WHAT_IS", "COMPARE", "LIST", "HOW", "HISTORY", "UNKNOWN"] as const;
export type Intent = (typeof INTENTS)[number];

export type Verdict = "YES" | "NO" | "PARTLY";

/** How the engine read a question, shown to people who want to know why it answered so. */
export interface Interpretation {
  language: Lang;
  intent: Intent;
  entities: readonly KbEntity[];
  edition: string | null;
  resolvedQuestion: string;
  /** The executor that answered (its family of questions), or null when none did. */
  executor: string | null;
}

/** The answer to one question: the API's `Answer` type, field for field. */
export interface Answer {
  status: "ANSWERED" | "NOT_FOUND";
  verdict: Verdict | null;
  text: string;
  language: Lang;
  entities: readonly KbEntity[];
  facts: readonly KbFact[];
  followUps: readonly string[];
  interpretation: Interpretation;
  claims: readonly KbClaim[];
  /** The error entry (cause, fix steps, sources) when the question pastes a known error; else null. */
  error: KbErrorEntry | null;
}
