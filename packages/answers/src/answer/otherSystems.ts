import type { KbEntity, KbFact } from "@dockerwin/kb";
import { askingSentence } from "../read/Frame.js";
import { normalize } from "../read/normalize.js";
import { fill, listOf } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { bestFacts, lexiconOf, windowsSystems } from "./helpers.js";

/**
 * "Does Docker Desktop require Windows 11?" asks whether that Windows is the only one it works
 * on. A requirement met by any of several systems (Windows 10 22H2 or Windows 11 23H2) is no
 * requirement of one of them, so the answer is no where another Windows will do, naming it.
 *
 * The other systems are the Windows systems of their own (not a version of one, nor the one
 * asked, nor its parent) on which `works` says the thing runs, in the graph's order.
 */
export function otherWindows(ctx: AnswerContext, asked: KbEntity, works: (os: KbEntity) => boolean): KbEntity[] {
  const { graph } = ctx;
  const parents = (e: KbEntity) =>
    graph.neighbours(e.slug, { type: "VERSION_OF", direction: "out" }).map((n) => n.entity);
  const kin = new Set([asked, ...parents(asked)]);
  return windowsSystems(graph).filter((e) => parents(e).length === 0 && !kin.has(e) && works(e));
}

/**
 * "…Windows 10 or later?", "至少要 Windows 10 嗎？": a floor asked of, not one system; whether
 * another one also does is then no answer.
 */
export function asksMinimum(ctx: AnswerContext): boolean {
  const asking = normalize(askingSentence(ctx.reading.question));
  return lexiconOf(ctx.graph).find(asking, "marker", "minimum").length > 0;
}

/** How many of the other systems the answer names. */
const NAMED = 4;

/**
 * The no: the thing does not need the system asked, since it works on the others too (the
 * first few named), with the facts that say what it needs there.
 */
export function notNeededSystem(
  ctx: AnswerContext,
  thing: KbEntity,
  asked: KbEntity,
  others: readonly KbEntity[],
  facts: readonly KbFact[],
): Draft {
  const { lang } = ctx;
  const shown = bestFacts(ctx, [...new Set(facts)], 2);
  return {
    verdict: "NO",
    parts: [
      fill(P.noNeed, lang),
      fill(P.systemNotNeeded, lang, {
        a: thing.name[lang],
        b: asked.name[lang],
        list: listOf(
          others.slice(0, NAMED).map((o) => o.name[lang]),
          lang,
        ),
      }),
      ...shown.map((f) => f.text[lang]),
    ],
    entities: [thing, asked, ...others.slice(0, NAMED)],
    facts: shown,
  };
}
