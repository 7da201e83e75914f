import type { Graph } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { normalize } from "../read/normalize.js";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";

const VERDICT_OF: Record<string, Verdict | null> = {
  CORRECT: "YES",
  WRONG: "NO",
  IMPRECISE: "PARTLY",
  OUTDATED: "PARTLY",
  GUESS: null,
};

/** How much of a claim a question must echo to be asking about it. */
const STRONG = 4;

const EDITION_WORDS = new WeakMap<Graph, readonly string[]>();

/** The edition words of data/lexicon, folded as question terms are (worked out once per graph). */
function editionWords(graph: Graph): readonly string[] {
  let words = EDITION_WORDS.get(graph);
  if (!words) {
    const cues = (graph.bundle.lexicon ?? [])
      .filter((e) => e.role === "qualifier" && e.slot === "edition")
      .flatMap((e) => [...e.en, ...e.zh]);
    words = [...new Set(cues.flatMap((c) => [normalize(c).compact, ...normalize(c).folded.split(" ")]))].filter(
      (w) => w.length > 1,
    );
    EDITION_WORDS.set(graph, words);
  }
  return words;
}

/** A question term that is an edition word or, for Chinese, a piece of one (家庭版: 家庭, 庭版). */
function isEditionTerm(graph: Graph, term: string): boolean {
  const han = /\p{Script=Han}/u.test(term);
  return editionWords(graph).some((w) => w === term || (han && term.length >= 2 && w.includes(term)));
}

/**
 * A yes/no question that restates one of the source article's claims ("Did Server 1709 first
 * make containers production-ready?") is answered with the verdict on that claim and what is
 * true instead.
 */
export function answerClaim(ctx: AnswerContext): Draft | null {
  const { reading, graph, lang } = ctx;
  if (reading.intent !== "YES_NO") return null;
  // Only claims the article got wrong or loose: a correct one is answered as well from the facts.
  // The claim must be about what the question names, not just share a word with it.
  const named = reading.entities.slice(0, 2);
  const claims = [...new Set(reading.entities.flatMap((e) => graph.claimsAbout(e.slug)))].filter(
    (c) =>
      (c.verdict === "WRONG" || c.verdict === "IMPRECISE" || c.verdict === "OUTDATED") &&
      named.every((e) => c.entities.includes(e.slug)),
  );
  if (claims.length === 0) return null;
  // Edition words say which case is asked about, not which claim: they do not count here.
  const terms = reading.terms.filter((t) => t !== reading.edition && !isEditionTerm(graph, t));
  const best = claims.map((c) => ({ c, s: ctx.facts.claimScore(c, terms) })).sort((x, y) => y.s - x.s)[0];
  if (!best || best.s < STRONG) return null;
  const verdict = VERDICT_OF[best.c.verdict] ?? null;
  if (verdict === null) return null;
  const facts = best.c.facts.slice(0, 2).flatMap((id) => graph.fact(id) ?? []);
  return {
    verdict,
    parts: [
      fill(verdict === "YES" ? P.yesIs : verdict === "NO" ? P.noIs : P.partly, lang),
      best.c.correction?.[lang] ?? best.c.claim[lang],
      ...facts.map((f) => f.text[lang]),
    ],
    entities: best.c.entities.flatMap((s) => graph.entity(s) ?? []),
    facts,
    claims: [best.c],
  };
}
