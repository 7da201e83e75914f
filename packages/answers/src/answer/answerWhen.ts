import type { KbEvent, KbFact } from "@dockerwin/kb";
import { fill, formatDate } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { bestFacts, factsAbout } from "./helpers.js";

/**
 * "When did Microsoft and Docker announce their partnership?": the event of the question's
 * entities that shares most words with it, with the fact that tells it best.
 */
export function answerWhen(ctx: AnswerContext): Draft | null {
  const { reading, graph, lang } = ctx;
  if (reading.intent !== "WHEN") return null;
  const entities = reading.entities;
  if (entities.length === 0) return null;
  // What came before or after belongs to the story too ("When did WSL lose its beta label?").
  const related = entities.flatMap((e) => graph.neighbours(e.slug, { type: "SUCCEEDED_BY" }).map((n) => n.entity));
  const pool = [...new Set([...entities, ...related].flatMap((e) => graph.eventsOf(e.slug)))];
  if (pool.length === 0) return sinceAnswer(ctx);
  const scored = pool.map((ev) => ({ ev, s: eventScore(ctx, ev) }));
  scored.sort((a, b) => b.s - a.s);
  // "When was X first released": among the events that fit about as well, the earliest.
  const top = scored[0]!.s;
  const close = scored.filter((x) => x.s >= top * 0.6);
  const byDate = [...close].sort((a, b) => a.ev.date.localeCompare(b.ev.date));
  const best = (reading.first ? byDate[0] : reading.last ? byDate.at(-1) : scored[0])!.ev;
  // A dated fact can say it better than any event ("When did Docker Desktop 4.0 come out?").
  const dated = datedFact(ctx);
  const datedWins =
    dated &&
    dated.terms > 0 &&
    dated.s > top * 1.25 &&
    dated.covers >= reading.entities.filter((e) => best.entities.includes(e.slug)).length &&
    // "When was Docker first released": an earlier event that fits well enough still wins.
    !(reading.first && close.some((x) => x.ev.date < dated.fact.date!));
  if (dated && datedWins) {
    const f = dated.fact;
    return {
      verdict: null,
      parts: [fill(P.happened, lang, { date: formatDate(f.date!, lang), title: f.text[lang].replace(/[.。]$/, "") })],
      entities: f.entities.flatMap((s) => graph.entity(s) ?? []),
      facts: [f],
    };
  }
  const facts = bestFacts(
    ctx,
    best.facts.flatMap((id) => graph.fact(id) ?? []),
    1,
  );
  const parts = [
    fill(P.happened, lang, { date: formatDate(best.date, lang), title: best.title[lang].replace(/[.。]$/, "") }),
  ];
  parts.push(...facts.map((f) => f.text[lang]));
  // When the question is about something the article got wrong, the better-dated facts come too.
  const extra = bestFacts(
    ctx,
    factsAbout(ctx, entities).filter((f) => f.date && !facts.includes(f)),
    1,
  ).filter(
    (f) =>
      ctx.facts.score(f, reading.terms) > ctx.facts.score(facts[0] ?? f, reading.terms) * 0.8 &&
      ctx.facts.score(f, reading.terms) > 0,
  );
  parts.push(...extra.map((f) => f.text[lang]));
  return {
    verdict: null,
    parts,
    entities: best.entities.flatMap((s) => graph.entity(s) ?? []),
    facts: [...facts, ...extra],
  };
}

/** The dated fact about the question's entities that matches it best, scored like events. */
interface DatedFact {
  fact: KbFact;
  s: number;
  terms: number;
  covers: number;
}

function datedFact(ctx: AnswerContext): DatedFact | null {
  const { reading } = ctx;
  let best: DatedFact | null = null;
  for (const fact of factsAbout(ctx, reading.entities)) {
    if (!fact.date || fact.asOf) continue;
    const terms = ctx.facts.score(fact, reading.terms);
    const covers = reading.entities.filter((e) => fact.entities.includes(e.slug)).length;
    const s = terms * 2 + covers * 3;
    if (!best || s > best.s) best = { fact, s, terms, covers };
  }
  return best;
}

function eventScore(ctx: AnswerContext, ev: KbEvent): number {
  const { reading, graph } = ctx;
  const own = ctx.facts.eventTerms(ev);
  let s = 0;
  for (const t of new Set(reading.terms)) if (own.has(t)) s += 2;
  for (const id of ev.facts) {
    const f = graph.fact(id);
    if (f) s += ctx.facts.score(f, reading.terms) * 0.5;
  }
  s += reading.entities.filter((e) => ev.entities.includes(e.slug)).length * 3;
  if (ev.milestone) s += 0.5;
  return s;
}

/** No event: the entity's first release, if the knowledge base knows it. */
function sinceAnswer(ctx: AnswerContext): Draft | null {
  const e = ctx.reading.entities.find((x) => x.since);
  if (!e || !e.since) return null;
  const facts = bestFacts(
    ctx,
    ctx.graph.factsOf(e.slug).filter((f) => f.date === e.since),
    1,
  );
  return {
    verdict: null,
    parts: [
      fill(P.happened, ctx.lang, { date: formatDate(e.since, ctx.lang), title: e.name[ctx.lang] }),
      ...facts.map((f) => f.text[ctx.lang]),
    ],
    entities: [e],
    facts,
  };
}
