import type { KbFact } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { factsAbout } from "./helpers.js";

/** How closely a fact must match a question to settle it on its own. */
const STRONG = 4;

// A fact that says something is not so, in English (facts always have English text).
const NEGATED =
  /\b(cannot|can't|can not|not|no longer|no|never|without|isn't|doesn't|don't|didn't|wasn't|weren't|won't|unavailable|unsupported|neither|nor|only as)\b/i;

// The same in Chinese: 不 and 无 as negations, not inside words such as 不同 or 无论.
// "并不正确", "不对": a fact that says a claim is wrong says no to it.
const NEGATED_ZH =
  /不(能|会|是|支持|包含|含|包括|附|提供|再|可|用|需要|在|正确|对)|并不|无法|没有|未|并非|不再|仅能|只能/;

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
  const negated =
    reading.language === "en"
      ? NEGATED.test(closestSentence(ctx, best.text.en, reading.terms))
      : NEGATED_ZH.test(closestSentence(ctx, best.text["zh-Hans"], reading.terms));
  const verdict: Verdict = negated ? "NO" : "YES";
  return {
    verdict,
    parts: [fill(verdict === "YES" ? P.yesIs : P.noIs, lang), best.text[lang]],
    entities: best.entities.flatMap((s) => ctx.graph.entity(s) ?? []),
    facts: [best],
  };
}

/** The sentence of a fact that shares most with the question: its "not" is the one that counts. */
function closestSentence(ctx: AnswerContext, text: string, terms: readonly string[]): string {
  const sentences = text.split(/(?<=[。；])|(?<=[.;:])\s+/);
  let best = sentences[0] ?? text;
  let bestScore = -1;
  for (const sentence of sentences) {
    const own = new Set(ctx.facts.terms.of(sentence));
    const score = terms.filter((t) => own.has(t)).length;
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
