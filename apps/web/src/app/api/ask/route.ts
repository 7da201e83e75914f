import { NextResponse } from "next/server";
import { ask } from "@/data/ask";
import { ApiError } from "@/graphql/errors";
import type { Language } from "@/graphql/types";
import { MAX_HISTORY, MAX_QUESTION_LENGTH } from "@/lib/chat";

export const dynamic = "force-dynamic";

const LANGUAGES: readonly Language[] = ["EN", "ZH_HANS", "ZH_HANT"];

/** The chat's way to the API: POST {question, history, language?} → {answer} or {error}. */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "invalid" }, { status: 400 });
  }
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
