import { operation } from "../document";
import type { AskQuery, AskQueryVariables } from "../generated";
import { CLAIM_FIELDS, ENTITY_REF, FACT_FIELDS, SOURCE_FIELDS } from "../fragments";
import type { ErrorMatchView } from "./matchError";

export type Answer = AskQuery["ask"] & {
  /**
   * The error entry a pasted error message is about, when it is one: not part of the Ask
   * operation, the web app's data layer adds it from matchError (see data/ask.ts).
   */
  errorMatch?: ErrorMatchView | null;
};

export interface AskData {
  ask: Answer;
}

export type AskVariables = AskQueryVariables;

export const AskDocument = operation<AskQuery, AskQueryVariables>(
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
