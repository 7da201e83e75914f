import { operation } from "../document";
import type { SubmitFeedbackMutation, SubmitFeedbackMutationVariables } from "../generated";

export type { FeedbackInput } from "../generated";
export type SubmitFeedbackData = SubmitFeedbackMutation;

export const SubmitFeedbackDocument = operation<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>(
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
