import { GraphQLError } from "graphql";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import type { FeedbackEntry, Receipt } from "../feedback/FeedbackStore.js";
import { toLang, type LanguageEnum } from "../language.js";
import { MAX_HISTORY, MAX_QUESTION } from "./query.js";

export const MAX_COMMENT = 1_000;
const MAX_DATA_VERSION = 64;

export interface FeedbackInput {
  question: string;
  history?: string[] | null;
  helpful: boolean;
  comment?: string | null;
  status?: string | null;
  verdict?: string | null;
  dataVersion?: string | null;
  language?: LanguageEnum | null;
}

function tooLong(field: string, value: string, limit: number): void {
  if (value.length > limit)
    throw badInput(`"input.${field}" is ${value.length} characters long; the limit is ${limit}`);
}

/** The input checked field by field, each refusal naming the field, as the client sent it. */
export function checkFeedback(input: FeedbackInput): FeedbackEntry {
  tooLong("question", input.question, MAX_QUESTION);
  if (input.question.trim() === "") throw badInput(`"input.question" is empty`);
  const history = input.history ?? [];
  if (history.length > MAX_HISTORY)
    throw badInput(`"input.history" has ${history.length} turns; the limit is ${MAX_HISTORY}`);
  history.forEach((turn, i) => tooLong(`history[${i}]`, turn, MAX_QUESTION));
  if (input.comment) tooLong("comment", input.comment, MAX_COMMENT);
  if (input.dataVersion) tooLong("dataVersion", input.dataVersion, MAX_DATA_VERSION);
  return {
    question: input.question,
    history,
    helpful: input.helpful,
    comment: input.comment?.trim() ? input.comment : null,
    status: input.status ?? null,
    verdict: input.verdict ?? null,
    dataVersion: input.dataVersion ?? null,
    language: input.language ? toLang(input.language) : null,
  };
}

export const feedbackResolvers = {
  Mutation: {
    submitFeedback: (_: unknown, a: { input: FeedbackInput }, ctx: Context): Receipt => {
      const entry = checkFeedback(a.input);
      if (!ctx.feedback)
        throw new GraphQLError("This server keeps no feedback.", { extensions: { code: "SERVICE_UNAVAILABLE" } });
      const wait = ctx.feedback.limiter.check(ctx.client ?? "unknown");
      if (wait !== null) {
        throw new GraphQLError(`Too much feedback from one client: try again in ${wait} s.`, {
          extensions: { code: "RATE_LIMITED", retryAfter: wait },
        });
      }
      return ctx.feedback.store.addFeedback(entry);
    },
  },
};
