import { NextResponse } from "next/server";
import { ask } from "@/data/ask";
import { ApiError } from "@/graphql/errors";
import type { Language } from "@/graphql/types";
import { MAX_HISTORY, MAX_QUESTION_LENGTH } from "@/lib/chat";
import { guardJsonPost } from "@/lib/guardPost";
import { siteUrl } from "@/lib/siteUrl";

export const dynamic = "force-dynamic";

const LANGUAGES: readonly Language[] = ["EN", "ZH_HANS", "ZH_HANT"];
/** A question and twenty turns of history fit many times over; a flood does not. */
const BODY_LIMIT = 64 * 1024;

/** The chat's way to the API: POST {question, history, language?} → {answer} or {error}. */
export async function POST(request: Request) {
  // Size, type and origin are checked before the body is buffered: a 50 MB body or a cross-site
  // text/plain form post is refused, not read.
  const read = await guardJsonPost(request, {
    limit: BODY_LIMIT,
    ...(process.env.SITE_URL ? { origin: siteUrl().origin } : {}),
  });
  if (!read.ok) return NextResponse.json({ error: read.error }, { status: read.status });
  const body = read.body;
  const { question, history, language } = (body ?? {}) as { question?: unknown; history?: unknown; language?: unknown };
  if (typeof question !== "string" || !question.trim() || question.length > MAX_QUESTION_LENGTH * 2) {
    return NextResponse.json({ error: "invalid" }, { status: 400 });
  }
  const earlier = Array.isArray(history)
    ? history.filter((h): h is string => typeof h === "string").slice(-MAX_HISTORY)
    : [];
  try {
    const answerLanguage = LANGUAGES.find((l) => l === language) ?? null;
    const answer = await ask(question, earlier, answerLanguage);
    return NextResponse.json({ answer }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    const kind = error instanceof ApiError ? error.kind : "unavailable";
    const status = kind === "timeout" ? 504 : kind === "invalid" ? 400 : 502;
    return NextResponse.json({ error: kind }, { status });
  }
}
