import type { KbFact } from "@dockerwin/kb";
import type { AnswerContext, Draft } from "./Draft.js";
import { bestFacts, factsAbout } from "./helpers.js";

/** A fact must share this much rare vocabulary with a question to answer it on its own. */
const STRONG = 3;
/** What a fact gains for each more entity of the question it is about, as much as a rare word. */
const COVERS = 1.5;
/** What a fact about a sibling of the question's subject keeps of its score (VirtualBox for VMware). */
const SIBLING = 0.25;

/**
 * "What is boot2docker?": the entity's summary and its most telling fact. When the question asks
 * something more specific ("the name of the VM Toolbox creates"), the fact that matches it best
 * answers instead.
 */
export function answerWhatIs(ctx: AnswerContext): Draft | null {
  const { reading, lang } = ctx;
  // What the asking sentence names is the subject, not what the story before it mentions first;
  // a follow-up's subject is what it refers back to ("it"), which the reader put first.
  const named = reading.followUp || reading.frame.asked.length === 0 ? reading.entities : reading.frame.asked;
  const subject = named[0];
  if (!subject) return null;
  const specific = factAnswer(ctx);
  // "X 是什么？" after a pasted log asks what X is: the log's words do not make it specific.
  // A what-is answer is about what the asking sentence names, not about the story before it.
  const asked = new Set(named.map((e) => e.slug));
  const onSubject = specific?.facts.every((f) => f.entities.some((s) => asked.has(s))) === true;
  if (specific && (reading.intent !== "WHAT_IS" || (onSubject && ctx.facts.asked(reading).length >= 2)))
    return specific;
  const facts = bestFacts(ctx, ctx.graph.factsOf(subject.slug), 1);
  return {
    verdict: null,
    parts: [subject.summary[lang], ...facts.map((f) => f.text[lang])],
    entities: [subject],
    facts,
  };
}

const FACT_ANSWERS = new WeakMap<AnswerContext, Draft | null>();

/**
 * The facts of the question's entities that share the most with it, if they share enough.
 * Worked out once per question: the list, what-is and fact executors all weigh it in turn.
 */
export function factAnswer(ctx: AnswerContext): Draft | null {
  let answer = FACT_ANSWERS.get(ctx);
  if (answer === undefined) FACT_ANSWERS.set(ctx, (answer = rankedFactAnswer(ctx)));
  return answer;
}

function rankedFactAnswer(ctx: AnswerContext): Draft | null {
  const { reading, lang } = ctx;
  const about = factsAbout(ctx, reading.entities);
  // "Which version…": the facts that state one answer; which of them, the question's words and
  // the subjects they name decide (the version of WSL 2's Linux kernel names both).
  const versioned = ctx.facts.asksVersion(reading) ? about.filter((f) => ctx.facts.statesVersion(f)) : [];
  const pool = versioned.length > 0 ? versioned : about;
  // A fact about more of the named entities answers better ("which release added Kubernetes"
  // is asked of Docker for Windows and Kubernetes at once).
  const slugs = new Set(reading.entities.map((e) => e.slug));
  const terms = ctx.facts.weigh(reading);
  const focus = ctx.facts.focusEntities(reading);
  // The two best, the earlier first where two score alike (as a stable sort would leave them);
  // a fact whose score before the sibling discount cannot pass the second is not weighed further.
  const ranked: Ranked[] = [];
  for (const fact of pool) {
    const base = ctx.facts.score(fact, terms) + ctx.facts.predicateScore(fact, reading);
    if (!(base > 0 || versioned.length > 0)) continue;
    let named = 0;
    let focused = 0;
    for (const e of fact.entities) {
      if (slugs.has(e)) named++;
      if (focus.has(e)) focused++;
    }
    const full = base + (versioned.length > 0 ? STRONG : COVERS) * Math.max(0, named - 1) + COVERS * focused;
    if (ranked.length === 2 && !(full > ranked[1]!.score)) continue;
    const r = { fact, base, score: full * (ctx.facts.offSubject(fact, reading) ? SIBLING : 1) };
    if (ranked.length === 0 || r.score > ranked[0]!.score) ranked.unshift(r);
    else if (ranked.length === 1 || r.score > ranked[1]!.score) ranked.splice(1, 0, r);
    ranked.length = Math.min(ranked.length, 2);
  }
  const top = ranked[0];
  // A version is asked of what the question names: a fact naming no more of it than the pool's
  // own subject, with none of the question's words, is no answer ("Kubernetes' latest version").
  if (!top || (versioned.length > 0 ? top.score < COVERS : top.base < STRONG)) return null;
  const facts = ranked.filter((r) => r.score >= top.score * 0.5).map((r) => r.fact);
  return {
    verdict: null,
    parts: facts.map((f) => f.text[lang]),
    entities: [...reading.entities, ...facts.flatMap((f) => f.entities).flatMap((s) => ctx.graph.entity(s) ?? [])],
    facts,
  };
}

interface Ranked {
  fact: KbFact;
  base: number;
  score: number;
}

/** With no entity named, a question may still match facts closely enough to answer. */
export function looseFactAnswer(ctx: AnswerContext): Draft | null {
  const { reading, lang } = ctx;
  // Numbers ("17 times 23") and common words match too much to stand alone.
  const known = reading.terms.filter((t) => ctx.facts.known(t) && !/^\d/.test(t));
  if (known.length < 3) return null;
  const ranked = ctx.facts.rank(known, undefined, 2);
  const top = ranked[0];
  if (!top || top.score < STRONG * 3) return null;
  return {
    verdict: null,
    parts: [top.fact.text[lang]],
    entities: top.fact.entities.flatMap((s) => ctx.graph.entity(s) ?? []),
    facts: [top.fact],
  };
}
