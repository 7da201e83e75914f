import { NextResponse } from "next/server";
import { getStats } from "@/data/stats";
import { execute } from "@/graphql/client";
import { ApiError } from "@/graphql/errors";
import { SubmitFeedbackDocument } from "@/graphql/operations/feedback";
import { readFeedback } from "@/lib/feedback";

export const dynamic = "force-dynamic";

/**
 * The feedback buttons' way to the API: POST {question, history, helpful, comment?, status?,
 * verdict?, language?} → {receipt} or {error}. The answer's data version is the API's own.
 */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "invalid", message: "the body is not JSON" }, { status: 400 });
  }
  const input = readFeedback(body);
  if (typeof input === "string") return NextResponse.json({ error: "invalid", message: input }, { status: 400 });
  try {
    const dataVersion = await getStats().then(
      (s) => s.dataVersion,
      () => null,
    );
    const data = await execute(SubmitFeedbackDocument, { input: { ...input, dataVersion } });
    return NextResponse.json({ receipt: data.submitFeedback }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    const kind = error instanceof ApiError ? error.kind : "unavailable";
    const status = kind === "timeout" ? 504 : kind === "invalid" ? 400 : 502;
    return NextResponse.json({ error: kind }, { status });
  }
}
