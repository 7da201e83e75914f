import type { FeedbackInput } from "@/graphql/operations/feedback";
import type { AnswerStatus, Language, Verdict } from "@/graphql/types";
import { MAX_QUESTION_LENGTH } from "./chat";

/** The longest comment a reader may add to a 👍 or 👎 (the API's bound). */
export const MAX_COMMENT_LENGTH = 1000;
/** The most earlier turns sent with a judgement (the API's bound). */
export const MAX_FEEDBACK_HISTORY = 20;

const STATUSES: readonly AnswerStatus[] = ["ANSWERED", "NOT_FOUND"];
const VERDICTS: readonly Verdict[] = ["YES", "NO", "PARTLY"];
const LANGUAGES: readonly Language[] = ["EN", "ZH_HANS", "ZH_HANT"];

function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  return values.find((v) => v === value) ?? null;
}

/**
 * A reader's judgement as the web app's /api/feedback receives it, checked and bounded; a string
 * naming what is wrong when it cannot be sent on.
 */
export function readFeedback(body: unknown): FeedbackInput | string {
  if (typeof body !== "object" || body === null) return "the body is not a JSON object";
  const b = body as Record<string, unknown>;
  if (typeof b.question !== "string" || !b.question.trim()) return "question is missing";
  if (b.question.length > MAX_QUESTION_LENGTH) return `question is longer than ${MAX_QUESTION_LENGTH} characters`;
  if (typeof b.helpful !== "boolean") return "helpful must be true or false";
  if (b.comment !== undefined && b.comment !== null && typeof b.comment !== "string") return "comment must be text";
  const comment = typeof b.comment === "string" ? b.comment.trim() : "";
  if (comment.length > MAX_COMMENT_LENGTH) return `comment is longer than ${MAX_COMMENT_LENGTH} characters`;
  const history = Array.isArray(b.history)
    ? b.history
        .filter((h): h is string => typeof h === "string")
        .map((h) => h.slice(0, MAX_QUESTION_LENGTH))
        .slice(-MAX_FEEDBACK_HISTORY)
    : [];
  return {
    question: b.question.trim(),
    history,
    helpful: b.helpful,
    comment: comment || null,
    status: oneOf(STATUSES, b.status),
    verdict: oneOf(VERDICTS, b.verdict),
    language: oneOf(LANGUAGES, b.language),
  };
}

/**
 * A judgement from the plain form of a page without JavaScript (FeedbackForm), with the address to
 * go back to: a path on this site only, never another site's (`//host`, `/\\host`, `https:`).
 */
export function readFeedbackForm(form: URLSearchParams): { input: FeedbackInput; back: string } | string {
  const helpful = form.get("helpful");
  if (helpful !== "true" && helpful !== "false") return "helpful must be true or false";
  const input = readFeedback({
    question: form.get("question") ?? "",
    history: form.getAll("history"),
    helpful: helpful === "true",
    comment: form.get("comment"),
    status: form.get("status"),
    verdict: form.get("verdict"),
    language: form.get("language"),
  });
  if (typeof input === "string") return input;
  const asked = form.get("back") ?? "";
  const back = /^\/(?![/\\])[^\s#]*$/.test(asked) ? asked : "/";
  return { input, back };
}
