import type { KbEntity, Lang } from "@dockerwin/kb";
import { askingSentence, type Qualifier } from "../read/Frame.js";
import type { Lexicon } from "../read/Lexicon.js";
import { normalize } from "../read/normalize.js";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import type { Executor, Slot } from "./Executor.js";

// Predicate families that only an executor made for them may settle: "does it cost money" is
// not answered by whether it runs.
const OWNED_FAMILIES: ReadonlySet<string> = new Set<string>(["price", "coexist", "identity", "alternative"]);

/** The sentences that open an answer with its verdict, in every language. */
const VERDICT_LEADS: ReadonlySet<string> = new Set(
  [P.yes, P.no, P.partly, P.yesIs, P.noIs, P.freeYes, P.freeNo, P.costYes, P.costNo, P.priceDepends].flatMap((t) =>
    Object.values(t),
  ),
);

/**
 * A verdict stands only when the executor consumed everything the question gives: each
 * qualifier (an edition, an architecture, "inside a VM", "only") is either read by the executor
 * or stated by a fact the answer rests on, and the predicate's family is the executor's own.
 * Otherwise the answer keeps its facts and loses its verdict: a wrong "yes" is worse than none.
 */
export function settleVerdict(ctx: AnswerContext, lexicon: Lexicon, executor: Executor, raw: Draft): Draft {
  const draft = { ...raw, by: executor.name };
  if (draft.verdict === null) return draft;
  const { reading, lang } = ctx;
  const frame = reading.frame;
  // A why-question asks for reasons: the facts answer it, with no verdict before them.
  if (frame.questionType === "why")
    return { ...draft, verdict: null, parts: draft.parts.filter((p) => !VERDICT_LEADS.has(p)) };
  // Who pays qualifies only a price: "can my company run Docker on Windows 10?" asks whether it runs.
  const given: Qualifier[] = frame.qualifiers.filter(
    (q) => !(q.slot === "audience" && frame.predicate?.family !== "price"),
  );
  if (reading.edition !== null) {
    const named = reading.entities.flatMap((e) => e.editions).find((e) => e.id === reading.edition);
    given.push({ slot: "edition", value: reading.edition, cue: named?.name[lang] ?? reading.edition });
  }
  if (frame.build !== null) given.push({ slot: "build", value: String(frame.build), cue: String(frame.build) });
  const consumes: readonly Slot[] = [...executor.consumes, ...(draft.consumed ?? [])];
  const unconsumed = given.filter((q) => !consumes.includes(q.slot as Slot) && !statedBy(lexicon, draft, q));
  const family = frame.predicate?.family;
  const foreign = family !== undefined && OWNED_FAMILIES.has(family) && !consumes.includes(family as Slot);
  const storyWords = executor.wordMatched === true && frame.context;
  // In a message that tells a story, the verdict must be about what its asking sentence names.
  // What it is about are the draft's entities the question named; those the executor brought in
  // from the graph (the products of the setups it weighed) are its evidence.
  const named = draft.entities.filter((e) => reading.entities.includes(e));
  const subjects = (named.length > 0 ? named : draft.entities).slice(0, 2);
  const offQuestion = frame.context && frame.asked.length > 0 && !subjects.every((e) => askedAbout(ctx, e));
  const yearMismatch = executor.wordMatched === true && !yearsAgree(reading.question, draft);
  // A fact settles what it says: asked whether X is available, the fact must say "available".
  const unsaid = executor.wordMatched === true && !predicateSaid(lexicon, reading.frame.predicate?.id, draft);
  // "Can I run Docker Desktop 4.30 on Windows 10?": a number asked about that no name, build or
  // sentence of the answer accounts for is a condition the verdict ignores.
  for (const n of looseNumbers(ctx, draft)) unconsumed.push({ slot: "number", value: n, cue: n });
  if (unconsumed.length === 0 && !foreign && !storyWords && !offQuestion && !yearMismatch && !unsaid)
    return withClarification(ctx, executor, draft);
  const rest = draft.parts.filter((p) => !VERDICT_LEADS.has(p));
  // A qualifier is named when it reads as a condition ("for 32-bit"); "for without" does not.
  const what = unconsumed
    .filter((q) => q.slot !== "absence")
    .map((q) => q.cue)
    .join(lang === "en" ? ", " : "、");
  return {
    ...draft,
    verdict: null,
    parts: [what ? fill(P.cannotSettleFor, lang, { what }) : fill(P.cannotSettle, lang), ...rest],
  };
}

// Years, versions, builds and dotted release numbers, as a question gives them.
const NUMBER = /(?<![\d.])(?:\d+\.\d+(?:\.\d+)*|\d{4,5}|\d{2}h[12])(?![\d.])/gi;

/** The numbers of the asking sentence that nothing the answer rests on accounts for. */
function looseNumbers(ctx: AnswerContext, draft: Draft): string[] {
  const { reading } = ctx;
  // In a message that tells a story, its numbers are mostly what the writer runs, not conditions.
  if (reading.frame.context) return [];
  const asked = reading.question.match(NUMBER) ?? [];
  if (asked.length === 0) return [];
  const entities = [...reading.entities, ...draft.entities];
  const known = new Set<string>();
  for (const e of entities) {
    for (const n of [e.name.en, ...e.aliases]) for (const m of n.match(NUMBER) ?? []) known.add(m.toLowerCase());
    const build = e.attributes.build?.value;
    if (build) known.add(String(build));
  }
  if (reading.build !== null) {
    known.add(String(reading.build));
    for (const e of entities)
      for (const r of e.releases) if (r.build === reading.build) known.add(r.version.toLowerCase());
  }
  const said = [...draft.parts, ...draft.facts.map((f) => f.text.en)].join(" ").toLowerCase();
  return asked.filter((n) => !known.has(n.toLowerCase()) && !said.includes(n.toLowerCase()));
}

/** Whether the asking sentence names the entity, its parent OS, or one of its releases. */
function askedAbout(ctx: AnswerContext, e: KbEntity): boolean {
  const asked = ctx.reading.frame.asked;
  if (asked.includes(e)) return true;
  const kin = ctx.graph.neighbours(e.slug, { type: "VERSION_OF" }).map((n) => n.entity);
  if (kin.some((k) => asked.includes(k))) return true;
  // "My PC runs Windows 10 1809 … Does Docker Desktop still support 1809?": a release of the OS
  // the story names, given by its version or build in the asking sentence.
  const words = new Set(
    askingSentence(ctx.reading.question)
      .toLowerCase()
      .match(/[0-9a-z]+/g) ?? [],
  );
  return [e, ...kin].some((os) =>
    os.releases.some((r) => words.has(r.version.toLowerCase()) || words.has(String(r.build))),
  );
}

function predicateSaid(lexicon: Lexicon, predicate: string | undefined, draft: Draft): boolean {
  if (predicate === undefined) return true;
  return draft.facts.some((f) =>
    [f.text.en, f.text["zh-Hans"]].some((t) =>
      lexicon.find(normalize(t), "predicate").some((h) => h.entry.id === predicate),
    ),
  );
}

/**
 * "Did Microsoft partner with Docker in 2015?": a year the question names must be one the
 * fact says, or the fact is about something else than what is asked.
 */
function yearsAgree(question: string, draft: Draft): boolean {
  const years = question.match(/(?<!\d)(19|20)\d\d(?!\d)/g) ?? [];
  if (years.length === 0) return true;
  const said = draft.facts.map((f) => `${f.date ?? ""} ${f.text.en}`).join(" ");
  return years.every((y) => said.includes(y));
}

/** Whether the answer itself says the qualifier ("…on ARM64 devices…", "ready for production"). */
function statedBy(lexicon: Lexicon, draft: Draft, q: Qualifier): boolean {
  const said = [...draft.facts.map((f) => f.text.en), ...draft.parts];
  // "Only" and "still" are said by facts for other reasons ("needs only…", "those still on…");
  // a fact answers "still" when it says how things stand now ("no longer published").
  // "Without" is never stated by a fact: one that says "without Hyper-V" answers its own question.
  if (q.slot === "build" || q.slot === "exclusive" || q.slot === "absence") return false;
  if (q.slot === "time") return said.some((t) => lexicon.find(normalize(t), "marker", "present").length > 0);
  if (q.slot === "edition") return said.some((t) => new RegExp(`\\b${q.value}\\b`, "i").test(t));
  return said.some((t) => lexicon.mentions(t, "qualifier", q.slot, q.value));
}

/**
 * "Partly" because the edition decides, and the question named none: ask which, naming the
 * editions of the OS asked about.
 */
function withClarification(ctx: AnswerContext, executor: Executor, draft: Draft): Draft {
  const { reading, lang } = ctx;
  if (draft.verdict !== "PARTLY" || reading.edition !== null || !executor.consumes.includes("edition")) return draft;
  const os = [...reading.entities, ...draft.entities].find((e) => e.editions.length >= 2);
  if (!os) return draft;
  const names = os.editions.slice(0, 3).map((e) => e.name[lang]);
  const [lead, ...rest] = draft.parts;
  return {
    ...draft,
    parts: [...(lead ? [lead] : []), fill(P.whichEdition, lang, { list: orList(names, lang) }), ...rest],
  };
}

function orList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const sep = lang === "en" ? ", " : "、";
  const or = lang === "en" ? " or " : lang === "zh-Hans" ? "还是" : "還是";
  return `${items.slice(0, -1).join(sep)}${or}${items.at(-1)}`;
}
