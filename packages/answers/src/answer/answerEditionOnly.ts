import type { KbEntity, KbRelation } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill, listOf } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { askingSentence } from "../read/Frame.js";
import { normalize } from "../read/normalize.js";
import { askedPredicate, bestFacts, lexiconOf } from "./helpers.js";

const POSITIVE = new Set(["SUPPORTS", "INCLUDES", "RUNS_ON"]);

/**
 * "Is Hyper-V Pro-only on Windows 10?", "Hyper-V 只有 Windows 10 專業版才有嗎？": whether a thing
 * works on one edition of an OS alone, settled by the editions its relations with that OS hold
 * on. Yes where that edition is the only one; no where others share it or it is not among them.
 * Only where every such relation names its editions: one that names none holds on all of them,
 * under conditions an edition list does not say.
 */
export function answerEditionOnly(ctx: AnswerContext): Draft | null {
  const { reading, lang, graph } = ctx;
  const edition = reading.edition;
  if (reading.intent !== "YES_NO" || edition === null) return null;
  if (!onlyOfEdition(ctx) || askedPredicate(ctx) === "require") return null;
  const os = reading.entities.find((e) => e.kind === "OS_VERSION" && e.editions.some((x) => x.id === edition));
  const things = reading.entities.filter((e) => e !== os && e.kind !== "COMPANY" && !e.concept);
  if (!os || things.length !== 1) return null;
  const thing = things[0]!;
  const relations = between(os, thing).filter((r) => POSITIVE.has(r.type));
  if (relations.length === 0 || relations.some((r) => !r.conditions?.editions)) return null;
  const holds = [...new Set(relations.flatMap((r) => r.conditions!.editions!))];
  const name = (id: string) => os.editions.find((x) => x.id === id)?.name[lang] ?? id;
  const verdict: Verdict = holds.length === 1 && holds[0] === edition ? "YES" : "NO";
  const facts = bestFacts(
    ctx,
    relations.flatMap((r) => r.facts).flatMap((id) => graph.fact(id) ?? []),
    2,
  );
  return {
    verdict,
    parts: [
      fill(verdict === "YES" ? P.yesIs : P.noIs, lang),
      fill(P.onlyEditions, lang, { list: listOf(holds.map(name), lang) }),
      ...(holds.includes(edition) ? [] : [fill(P.notEdition, lang, { edition: name(edition) })]),
      ...facts.map((f) => f.text[lang]),
    ],
    entities: [thing, os],
    facts,
    consumed: ["edition"],
  };
}

/**
 * Whether "only" bears on the edition: said before it ("only on Pro", "只有專業版才"), or right
 * after it in English ("Pro-only"). "專業版只能用 Hyper-V 嗎" asks whether Hyper-V is all that
 * Pro can use, another question.
 */
function onlyOfEdition(ctx: AnswerContext): boolean {
  const lexicon = lexiconOf(ctx.graph);
  const q = normalize(askingSentence(ctx.reading.question));
  const only = lexicon.find(q, "qualifier", "exclusive")[0];
  const edition = lexicon.find(q, "qualifier", "edition")[0];
  if (!only || !edition) return false;
  if (only.at < edition.at) return true;
  return ctx.reading.language === "en" && only.at - (edition.at + edition.cue.length) <= 1;
}

/** The relations of the two, either way round. */
function between(a: KbEntity, b: KbEntity): KbRelation[] {
  return [...a.relations.filter((r) => r.target === b.slug), ...b.relations.filter((r) => r.target === a.slug)];
}
