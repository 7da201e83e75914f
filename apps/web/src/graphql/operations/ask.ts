import { operation } from "../document";
import type { ErrorMatchView } from "./matchError";
import { CLAIM_FIELDS, ENTITY_REF, FACT_FIELDS, SOURCE_FIELDS } from "../fragments";
import type { AnswerStatus, Claim, EntityRef, Fact, Intent, Language, Verdict } from "../types";

export interface Answer {
  status: AnswerStatus;
  verdict: Verdict | null;
  text: string;
  language: Language;
  entities: EntityRef[];
  facts: Fact[];
  followUps: string[];
  interpretation: {
    language: Language;
    intent: Intent;
    entities: EntityRef[];
    edition: string | null;
    resolvedQuestion: string;
  };
  claims: Claim[];
  /**
   * The error entry a pasted error message is about, when it is one: not part of the Ask
   * operation, the web app's data layer adds it from matchError (see data/ask.ts).
   */
  errorMatch?: ErrorMatchView | null;
}

export interface AskData {
  ask: Answer;
}

export interface AskVariables {
  question: string;
  history: string[];
  /** Left out, the answer follows the question's language and script. */
  language?: Language | null;
}

export const AskDocument = operation<AskData, AskVariables>(
  "Ask",
  /* GraphQL */ `
    query Ask($question: String!, $history: [String!], $language: Language) {
      ask(question: $question, history: $history, language: $language) {
        status
        verdict
        text
        language
        entities {
          ...EntityRef
        }
        facts {
          ...FactFields
        }
        followUps
        interpretation {
          language
          intent
          entities {
            ...EntityRef
          }
          edition
          resolvedQuestion
        }
        claims {
          ...ClaimFields
        }
      }
    }
  `,
  [ENTITY_REF, FACT_FIELDS, SOURCE_FIELDS, CLAIM_FIELDS],
);
