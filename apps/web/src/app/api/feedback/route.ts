import { NextResponse } from "next/server";
import { getStats } from "@/data/stats";
import { execute } from "@/graphql/client";
import { ApiError } from "@/graphql/errors";
import { SubmitFeedbackDocument } from "@/graphql/operations/feedback";
import { readFeedback, readFeedbackForm } from "@/lib/feedback";
import { guardFormPost, mediaTypeOf } from "@/lib/guardPost";
import { siteUrl } from "@/lib/siteUrl";

export const dynamic = "force-dynamic";

/** A question, twenty earlier ones and a comment fit many times over. */
const FORM_LIMIT = 64 * 1024;

/**
 * The feedback buttons' way to the API: POST {question, history, helpful, comment?, status?,
 * verdict?, language?} → {receipt} or {error}. The answer's data version is the API's own. A plain
 * form's POST (the page without JavaScript) is answered with a redirect back to the answer.
 */
export async function POST(request: Request) {
  if (mediaTypeOf(request) === "application/x-www-form-urlencoded") return formPost(request);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "invalid", message: "the body is not JSON" }, { status: 400 });
  }
  const input = readFeedback(body);
  if (typeof input === "string") return NextResponse.json({ error: "invalid", message: input }, { status: 400 });
  try {
    const receipt = await submit(input);
    return NextResponse.json({ receipt }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    const kind = error instanceof ApiError ? error.kind : "unavailable";
    const status = kind === "timeout" ? 504 : kind === "invalid" ? 400 : 502;
    return NextResponse.json({ error: kind }, { status });
  }
}

async function submit(input: Exclude<ReturnType<typeof readFeedback>, string>) {
  const dataVersion = await getStats().then(
    (s) => s.dataVersion,
    () => null,
  );
  const data = await execute(SubmitFeedbackDocument, { input: { ...input, dataVersion } });
  return data.submitFeedback;
}

/**
 * The form without JavaScript: stored, then 303 back to the answer's address with `feedback=sent`
 * (or `failed` when the API did not take it). Input that cannot be sent on is a 400 naming the
 * problem, in plain text, since no script is there to show it.
 */
async function formPost(request: Request): Promise<Response> {
  const read = await guardFormPost(request, {
    limit: FORM_LIMIT,
    ...(process.env.SITE_URL ? { origin: siteUrl().origin } : {}),
  });
  const plain = (status: number, message: string) =>
    new Response(`${message}\n`, {
      status,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  if (!read.ok) return plain(read.status, `Feedback refused: ${read.error}`);
  const form = readFeedbackForm(read.body);
  if (typeof form === "string") return plain(400, `Feedback refused: ${form}`);
  const outcome = await submit(form.input).then(
    () => "sent",
    () => "failed",
  );
  const back = `${form.back}${form.back.includes("?") ? "&" : "?"}feedback=${outcome}#feedback`;
  return new Response(null, { status: 303, headers: { location: back, "cache-control": "no-store" } });
}
