import type { KbFact } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { factsAbout } from "./helpers.js";
import { lexiconOf } from "../read/Lexicon.js";
import { normalize } from "../read/normalize.js";
import { withoutVerdict } from "./settleVerdict.js";

/** How closely a fact must match a question to settle it on its own. */
const STRONG = 4;

/**
 * A yes/no question that the graph's relations do not model ("Can a Windows container join an
 * Active Directory domain?"), settled by the fact that matches it best: a fact that says "not"
 * answers no, one that says it plainly answers yes. Questions about one entity's relations go to
 * the relation handlers first; this one takes what they cannot.
 */
export function answerFactYesNo(ctx: AnswerContext): Draft | null {
  const { reading, lang } = ctx;
  if (reading.intent !== "YES_NO") return null;
  const best = bestMatch(ctx);
  if (!best) return null;
  const language = reading.language === "en" ? "en" : "zh-Hans";
  const negated = closestSentence(ctx, best, language, reading.terms).negated;
  const verdict: Verdict = negated ? "NO" : "YES";
  const draft: Draft = {
    verdict,
    parts: [fill(verdict === "YES" ? P.yesIs : P.noIs, lang), best.text[lang]],
    entities: best.entities.flatMap((s) => ctx.graph.entity(s) ?? []),
    facts: [best],
  };
  // A fact that leads with "not" states an absence; a plain sentence after it is most often the
  // way around it, not a yes: "Nano Server images no longer ship PowerShell; to use it, build
  // FROM an image that has it" settles nothing by its words for "does it still have PowerShell?",
  // though it bears on it. (A plain lead followed by a "not" is a claim made precise: "only WSL 2
  // … no Hyper-V backend".)
  return !negated && sentencesOf(ctx, best, language)[0]!.negated
    ? withoutVerdict(draft, fill(P.cannotSettle, lang))
    : draft;
}

/** A sentence of a fact, cut into terms, and whether it says something is not so. */
interface Sentence {
  terms: ReadonlySet<string>;
  negated: boolean;
}

/** Each fact's sentences, per language, read once: facts never change under an engine. */
const SENTENCES = new WeakMap<KbFact, Partial<Record<"en" | "zh-Hans", readonly Sentence[]>>>();

function sentencesOf(ctx: AnswerContext, fact: KbFact, language: "en" | "zh-Hans"): readonly Sentence[] {
  let known = SENTENCES.get(fact);
  if (!known) SENTENCES.set(fact, (known = {}));
  const cached = known[language];
  if (cached) return cached;
  const lexicon = lexiconOf(ctx.graph);
  const text = fact.text[language];
  const sentences = text.split(/(?<=[。；])|(?<=[.;:])\s+/).map((sentence) => ({
    terms: new Set(ctx.facts.terms.of(sentence)),
    // The lexicon's fact-negation marker: "cannot", 无法, but not "not only" or 不只.
    negated: lexicon.find(normalize(sentence), "marker", "statesNot").length > 0,
  }));
  known[language] = sentences;
  return sentences;
}

/** The sentence of a fact that shares most with the question: its "not" is the one that counts. */
function closestSentence(
  ctx: AnswerContext,
  fact: KbFact,
  language: "en" | "zh-Hans",
  terms: readonly string[],
): Sentence {
  const sentences = sentencesOf(ctx, fact, language);
  let best = sentences[0]!;
  let bestScore = -1;
  for (const sentence of sentences) {
    const score = terms.filter((t) => sentence.terms.has(t)).length;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The best match of a reading, worked out once: the yes/no executors and the specific-fact one
 * ask for it of the same question (each entry keeps the index and graph it was found with).
 */
const BEST = new WeakMap<
  AnswerContext["reading"],
  { facts: AnswerContext["facts"]; graph: AnswerContext["graph"]; best: KbFact | null }
>();

/** The fact that matches the question closely enough to answer it, if any. */
export function bestMatch(ctx: AnswerContext): KbFact | null {
  const { reading } = ctx;
  const known = BEST.get(reading);
  if (known && known.facts === ctx.facts && known.graph === ctx.graph) return known.best;
  const slugs = new Set(reading.entities.map((e) => e.slug));
  // The first fact of the highest score, as a stable sort would put first.
  let top: { f: KbFact; s: number } | null = null;
  for (const f of factsAbout(ctx, reading.entities)) {
    if (f.certainty !== "CONFIRMED") continue;
    const s = ctx.facts.score(f, reading.terms) + f.entities.filter((e) => slugs.has(e)).length;
    if (top === null || s > top.s) top = { f, s };
  }
  const best = !top || top.s - Math.min(slugs.size, top.f.entities.length) < STRONG ? null : top.f;
  BEST.set(reading, { facts: ctx.facts, graph: ctx.graph, best });
  return best;
}
