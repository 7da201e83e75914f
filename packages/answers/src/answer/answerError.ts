import type { ErrorMatch, KbErrorEntry, Lang } from "@dockerwin/kb";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";

/** Below this a message match is more likely shared words than the same error. */
const SURE = 0.6;
/** An answer leads with the cause and gives at most this many steps of the fix. */
const STEPS = 3;

// Where a message turns to quoting its error.
const REPORTED = /\b(?:says|saying|said|shows|showing|reports|returns|fails with|failed with|error)\b:?|[:：]\s/i;

/** The error entry a pasted message is about, when the match is sure enough to answer from. */
export function matchedError(ctx: AnswerContext): ErrorMatch | null {
  const text = ctx.reading.frame.errorText;
  if (text === null) return null;
  // The whole paste first; then each sentence of it, for a message whose story drowns the error.
  const sentences = text.split(/(?<=[.!?。！？])\s+|\n+/);
  // "…says This computer doesn't have VT-X/AMD enabled.": what follows a colon or a reporting word.
  const quoted = sentences.flatMap((p) =>
    p
      .split(REPORTED)
      .slice(1)
      .map((q) => q.trim()),
  );
  const pieces = [text, ...quoted, ...sentences].filter((p, i, all) => p.length >= 20 && all.indexOf(p) === i);
  for (const piece of pieces.slice(0, 5)) {
    const best = ctx.graph.matchError(piece, { first: 1 })[0];
    if (best && (best.matchedBy === "CODE" || best.score >= SURE)) return best;
  }
  return null;
}

function steps(entry: KbErrorEntry, lang: Lang): string[] {
  return entry.fix.slice(0, STEPS).map((s, i) => {
    const text = s.text[lang].replace(/[.。]\s*$/, "");
    const command = s.command ? (lang === "en" ? `: ${s.command}` : `：${s.command}`) : "";
    return fill(P.fixStep, lang, { n: String(i + 1), step: `${text}${command}` });
  });
}

/**
 * A pasted error ("no matching manifest for windows/amd64…", "WSL 2 installation is incomplete")
 * answered from its entry in data/errors: what causes it, then the fix in steps. The entry is
 * found by the whole paste, weighed word by word, never by its rarest token alone.
 */
export function answerError(ctx: AnswerContext): Draft | null {
  const { reading, lang, graph } = ctx;
  // A yes/no question that quotes an error is answered as a yes/no question; see errorNote.
  if (reading.intent === "YES_NO") return null;
  const match = matchedError(ctx);
  if (!match) return null;
  const { entry } = match;
  return {
    verdict: null,
    parts: [fill(P.errorCause, lang, { title: entry.title[lang], cause: entry.cause[lang] }), ...steps(entry, lang)],
    entities: entry.entities.flatMap((s) => graph.entity(s) ?? []),
    facts: [],
    error: entry,
  };
}

/** For a yes/no question that quotes an error: the error's cause, as one supporting sentence. */
export function errorNote(ctx: AnswerContext, draft: Draft): Draft {
  const match = matchedError(ctx);
  if (!match || draft.error) return draft;
  const { entry } = match;
  return {
    ...draft,
    parts: [
      ...draft.parts,
      fill(P.errorCause, ctx.lang, { title: entry.title[ctx.lang], cause: entry.cause[ctx.lang] }),
    ],
    entities: [...draft.entities, ...entry.entities.flatMap((s) => ctx.graph.entity(s) ?? [])],
    error: entry,
  };
}
