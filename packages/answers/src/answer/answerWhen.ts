import type { KbEntity, KbEvent, KbFact, Text } from "@dockerwin/kb";
import { fill, formatDate } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { askingSentence } from "../read/Frame.js";
import { findEdition } from "../read/editions.js";
import { normalize } from "../read/normalize.js";
import { bestFacts, factsAbout, lexiconOf } from "./helpers.js";

/** Something dated that can answer "when": an event, or a fact that carries its own date. */
interface Dated {
  date: string;
  title: Text;
  entities: readonly string[];
  facts: readonly KbFact[];
  score: number;
}

/**
 * "When did Microsoft and Docker announce their partnership?": among the events and dated facts
 * of the question's entities, the one that shares most with the question; "first", "last" and
 * "announced" pick the earliest or latest of those that fit about as well.
 */
export function answerWhen(ctx: AnswerContext): Draft | null {
  const { reading, graph, lang } = ctx;
  if (reading.intent !== "WHEN") return null;
  if (reading.entities.length === 0) return null;
  // A company is in too many events to choose by; what else is named chooses.
  const named = reading.entities.filter((e) => e.kind !== "COMPANY");
  const focus = named.length > 0 ? named : reading.entities;
  // A clause that names two things has its own subject and object ("… so when did Broadcom buy
  // VMware?"); one that names one leans on the story for the other ("WSL 2 is Insider-only; when
  // in the released Windows 10?"). "When did Docker deprecate Toolbox?": Docker at large is the
  // actor, not a subject to cover.
  const asked = ctx.facts.focusEntities(reading);
  const own = reading.entities.filter((e) => asked.has(e.slug));
  const subjects = (own.length >= 2 ? own : focus).filter(
    (e, _, all) => !e.asksEverySetup || all.every((x) => x.asksEverySetup),
  );
  // What came before or after belongs to the story too ("When did WSL lose its beta label?").
  const related = focus.flatMap((e) => graph.neighbours(e.slug, { type: "SUCCEEDED_BY" }).map((n) => n.entity));
  const weigh = own.length >= 2 ? new Set(own.map((e) => e.slug)) : null;
  let candidates = [
    ...[...new Set([...reading.entities, ...related].flatMap((e) => graph.eventsOf(e.slug)))].map((ev) =>
      fromEvent(ctx, ev, weigh),
    ),
    ...factsAbout(ctx, focus)
      .filter((f) => f.date && !f.asOf)
      .map((f) => fromFact(ctx, f, weigh)),
  ];
  if (candidates.length === 0) return sinceAnswer(ctx);
  // A when-question about two things asks when they met: what is about all of them answers it
  // before what merely shares its words ("WSL 2 … when in the released Windows 10?" is not
  // answered by an Insider build of Windows 10 alone). Each subject counts with what came
  // before or after it.
  const groups = subjects.map((e) => [
    e.slug,
    ...graph.neighbours(e.slug, { type: "SUCCEEDED_BY" }).map((n) => n.entity.slug),
  ]);
  // "… on Windows 10 Home?": the edition the asking sentence names is a subject too, named in the
  // candidate's words, with its OS; the story's edition ("I run Windows 10 Pro. …") is only context.
  const askedEdition = findEdition(lexiconOf(graph), normalize(askingSentence(reading.question)));
  const edition =
    reading.edition && askedEdition === reading.edition
      ? reading.frame.asked.flatMap((e) => e.editions.filter((x) => x.id === reading.edition)).at(0)
      : undefined;
  const namesEdition = (c: Dated) =>
    edition !== undefined &&
    [c.title, ...c.facts.map((f) => f.text)].some((t) =>
      [edition.name.en, edition.name["zh-Hant"], edition.name["zh-Hans"]].some(
        (n) => t.en.includes(n) || t["zh-Hant"].includes(n) || t["zh-Hans"].includes(n),
      ),
    );
  const coverage = (c: Dated) => {
    let n = namesEdition(c) ? 1 : 0;
    for (const g of groups) if (g.some((s) => c.entities.includes(s))) n++;
    return n;
  };
  const covered = candidates.map(coverage);
  const most = Math.max(...covered);
  if (most > 0) candidates = candidates.filter((_, i) => covered[i] === most);
  candidates.sort((a, b) => b.score - a.score);
  const top = candidates[0]!.score;
  const close = candidates.filter((c) => c.score >= top * 0.6).sort((a, b) => a.date.localeCompare(b.date));
  const best = reading.first ? close[0]! : reading.last ? close.at(-1)! : candidates[0]!;
  const facts = best.facts.length > 0 ? bestFacts(ctx, best.facts, 1) : [];
  const title = best.title[lang].replace(/[.。]$/, "");
  const parts = [fill(P.happened, lang, { date: formatDate(best.date, lang), title })];
  for (const f of facts) if (f.text[lang].replace(/[.。]$/, "") !== title) parts.push(f.text[lang]);
  return {
    verdict: null,
    parts,
    entities: best.entities.flatMap((s) => graph.entity(s) ?? []),
    facts,
  };
}

/**
 * How much of what the question names a candidate is about; a company counts for little, and so
 * does the story's entity when the clause that asks names its own subjects (`asked`).
 */
function covers(ctx: AnswerContext, entities: readonly string[], asked: ReadonlySet<string> | null): number {
  let n = 0;
  for (const e of ctx.reading.entities)
    if (entities.includes(e.slug)) n += asked ? (asked.has(e.slug) ? 1 : 1 / 3) : e.kind === "COMPANY" ? 1 / 3 : 1;
  return n;
}

function fromEvent(ctx: AnswerContext, ev: KbEvent, asked: ReadonlySet<string> | null): Dated {
  const terms = ctx.facts.weigh(ctx.reading);
  let score = 2 * ctx.facts.eventScore(ev, terms);
  const facts = ctx.facts.eventFacts(ev);
  for (const f of facts) score += ctx.facts.score(f, terms) * 0.5;
  score += covers(ctx, ev.entities, asked) * 3 + (ev.milestone ? 0.5 : 0);
  return { date: ev.date, title: ev.title, entities: ev.entities, facts, score };
}

function fromFact(ctx: AnswerContext, f: KbFact, asked: ReadonlySet<string> | null): Dated {
  // A fact is its own story; it must share words with the question to count.
  const terms = ctx.facts.score(f, ctx.facts.weigh(ctx.reading));
  const score = terms > 0 ? terms * 2 + covers(ctx, f.entities, asked) * 3 - 1 : 0;
  return { date: f.date!, title: f.text, entities: f.entities, facts: [], score };
}

/** Nothing dated: the entity's first release, if the knowledge base knows it. */
function sinceAnswer(ctx: AnswerContext): Draft | null {
  const e: KbEntity | undefined = ctx.reading.entities.find((x) => x.since);
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
