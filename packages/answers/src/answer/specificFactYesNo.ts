import type { KbEntity } from "@dockerwin/kb";
import { lexiconOf } from "../read/Lexicon.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { answerFactYesNo, bestMatch } from "./answerFactYesNo.js";

/**
 * A yes/no question that asks more than whether two things go together ("Was Windows 8 the
 * first desktop Windows to ship Hyper-V?") is answered from the fact that says so, before the
 * relation handlers would answer the simpler question it contains.
 */
export function specificFactYesNo(ctx: AnswerContext): Draft | null {
  const { reading } = ctx;
  // Chinese terms are character pairs, too loose to tell a specific question from a plain one.
  if (reading.language !== "en") return null;
  // Words that ask whether two things go together: the relations between entities answer those.
  const relationTerms = relationTermsOf(ctx);
  const specific = reading.terms.filter((t) => !relationTerms.has(t) && ctx.facts.known(t) && !/^\d/.test(t));
  if (specific.length < 2) return null;
  // Where a relation joins two things named, it answers unless the question asks more ("the
  // first", "still", "in production") than whether they go together, or a fact says it of both
  // in one sentence. Any two of the things count, not only the first two: in "Will 2022 images
  // run on Windows Server 2019?" the concept "containers" comes between the two systems.
  const things = reading.entities.filter((e) => !e.concept);
  const pairs = things.flatMap((a, i) =>
    things.slice(i + 1).flatMap((b) => (ctx.graph.neighbours(a.slug).some((n) => n.entity === b) ? [[a, b]] : [])),
  );
  const best = bestMatch(ctx);
  const close =
    best !== null &&
    ctx.facts.score(best, reading.terms) >= 6 &&
    pairs.some((pair) => sentencesOf(best.text.en).some((s) => pair.every((e) => names(e, s))));
  if (pairs.length > 0 && !close && !reading.first && !reading.still && !reading.production) return null;
  return answerFactYesNo(ctx);
}

const sentencesOf = (text: string) => text.split(/(?<=[.;:])\s+/);

/** Whether a sentence names the entity, by its name or an alias. */
function names(e: KbEntity, sentence: string): boolean {
  const s = sentence.toLowerCase();
  // "Docker Desktop (formerly Docker for Windows)" is named "Docker Desktop".
  return [e.name.en.replace(/\s*\(.*\)/, ""), ...e.aliases].some((n) => n.length > 2 && s.includes(n.toLowerCase()));
}

const RELATION_TERMS = new WeakMap<AnswerContext["graph"], ReadonlySet<string>>();

/** The lexicon's relation terms (data/lexicon/markers.yaml), as the term reader writes them. */
function relationTermsOf(ctx: AnswerContext): ReadonlySet<string> {
  let terms = RELATION_TERMS.get(ctx.graph);
  if (!terms) {
    const { en, zh } = lexiconOf(ctx.graph).cues("marker", "relationTerm");
    RELATION_TERMS.set(ctx.graph, (terms = new Set([...en, ...zh])));
  }
  return terms;
}
