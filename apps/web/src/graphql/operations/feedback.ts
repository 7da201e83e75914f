import { operation } from "../document";
import type { AnswerStatus, Language, Verdict } from "../types";

export interface FeedbackInput {
  question: string;
  history?: string[];
  helpful: boolean;
  comment?: string | null;
  status?: AnswerStatus | null;
  verdict?: Verdict | null;
  dataVersion?: string | null;
  language?: Language | null;
}

export interface SubmitFeedbackData {
  submitFeedback: { id: string; receivedAt: string };
}

export const SubmitFeedbackDocument = operation<SubmitFeedbackData, { input: FeedbackInput }>(
  "SubmitFeedback",
  /* GraphQL */ `
    mutation SubmitFeedback($input: FeedbackInput!) {
      submitFeedback(input: $input) {
        id
        receivedAt
      }
    }
  `,
);
