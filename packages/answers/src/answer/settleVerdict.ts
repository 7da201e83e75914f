import type { KbEntity, Lang } from "@dockerwin/kb";
import { asWritten } from "../read/asWritten.js";
import { plainQuestion } from "../read/aNotA.js";
import { askingSentence, claimOf, type Qualifier } from "../read/Frame.js";
import type { Lexicon } from "../read/Lexicon.js";
import { normalize } from "../read/normalize.js";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import type { Executor, Slot } from "./Executor.js";
import { askedPredicate } from "./helpers.js";
import { unincludedVerdict } from "./comesWith.js";
import { escapeRegExp } from "../text/escapeRegExp.js";

// Predicate families that only an executor made for them may settle: "does it cost money" is
// not answered by whether it runs.
const OWNED_FAMILIES: ReadonlySet<string> = new Set<string>(["price", "coexist", "identity", "alternative"]);

/** Qualifiers that a withheld verdict does not name as the condition it could not weigh. */
const UNNAMED_SLOTS: readonly string[] = ["absence", "polarity", "order", "includes", "time", "exclusive"];
/** The sentences that open an answer with its verdict, in every language. */
const VERDICT_LEADS: ReadonlySet<string> = new Set(
  [P.yes, P.no, P.noNeed, P.partly, P.yesIs, P.noIs, P.freeYes, P.freeNo, P.costYes, P.costNo, P.priceDepends].flatMap(
    (t) => Object.values(t),
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
  // "I have Windows 10 21H2. Will the newest Docker Desktop install?": where the asking sentence
  // names no system, the one the story names is the host a setup rule is asked of.
  // Only a sentence that asks whether something runs or what it needs ("Does the old CPU cause
  // it?" asks neither, and a story's last line asks nothing).
  const asking = askingSentence(reading.question);
  const hostOfStory = (e: KbEntity) =>
    executor.ground === "setupRule" &&
    e.kind === "OS_VERSION" &&
    !frame.asked.some((x) => x.kind === "OS_VERSION") &&
    /[?？]\s*$/.test(asking) &&
    ["run", "require"].includes(askedPredicate(ctx) ?? "");
  // "We set up a Server 2025 host. Can we run ltsc2019 images on it…?": the host a pronoun of the
  // asking sentence points back to is the one a build match weighs.
  // So is a host the story names where the asking sentence names only one of the two systems
  // weighed, the image ("We have Windows Server 2022 hosts… Can we run images based on ltsc2019
  // with process isolation?").
  const systemsAsked = subjects.filter((e) => e.kind === "OS_VERSION" && askedAbout(ctx, e)).length;
  const pointedHost = (e: KbEntity) =>
    executor.ground === "buildMatch" && e.kind === "OS_VERSION" && (frame.pointsBack || systemsAsked === 1);
  // A follow-up's earlier subjects are still what it asks about, though it names them no more.
  const offQuestion =
    frame.context &&
    frame.asked.length > 0 &&
    !subjects.every((e) => askedAbout(ctx, e) || hostOfStory(e) || pointedHost(e) || reading.carried.includes(e));
  // "…my containers fail. Do the host and image really have to match that exactly?": a relation
  // between two things only the story names settles nothing its asking sentence asks; one that
  // asks to confirm the story ("Is that right?", 是这样吗？) asks of the story's claim.
  const unaskedStory = executor.ground === "relation" && frame.context && frame.asked.length === 0 && !frame.confirms;
  const yearMismatch =
    executor.wordMatched === true && (!yearsAgree(reading.question, draft) || otherRelease(reading.question, draft));
  // "Was Windows 10 the first to ship Hyper-V?" meets "Windows 8 was the first…" in every word
  // but the one it asks about: a fact settles only what it is about.
  // What is asked about is the first thing named; the rest may be what the fact says of it.
  // A kind of container named is never that rest: a fact on Windows containers says nothing of
  // Linux ones ("Can Server 2016 run Linux containers in production?").
  const subject = reading.entities.find((e) => !e.concept && e.kind !== "COMPANY");
  const inFact = (e: KbEntity) =>
    draft.facts.some(
      (f) =>
        f.entities.includes(e.slug) ||
        ctx.graph.neighbours(e.slug, { type: "VERSION_OF" }).some((n) => f.entities.includes(n.entity.slug)),
    );
  // "Is WSL 2 faster than VirtualBox?" meets a fact on WSL 1 and WSL 2: each thing the asking
  // sentence names (but kinds of things and makers) must be one the fact is about.
  const otherSubject =
    executor.wordMatched === true &&
    [
      subject,
      ...reading.entities.filter((e) => e.kind === "CONTAINER_TYPE"),
      ...frame.asked.filter((e) => !e.concept && e.kind !== "COMPANY"),
    ].some((e) => e !== undefined && !inFact(e));
  // "Docker Desktop 需要专业版吗？" meets "Microsoft's quick start for Linux containers needs
  // Windows 10 Pro": a requirement the fact states of something else is not the subject's.
  // Nor is a need that a dated fact says held then ("Around 2020, Docker Desktop with its Hyper-V
  // backend required Windows 10 Pro") what it needs now: only a fact that still holds says that.
  const needOfOther =
    executor.wordMatched === true &&
    frame.predicate?.id === "require" &&
    subject !== undefined &&
    !draft.facts.some((f) => (f.date === null || f.asOf) && needSaidOf(lexicon, subject, f.text.en));
  // "Can a Server 2022 host run 20H2 images?": whether one system runs another's images is a
  // matter of their builds and the relations between them, not of a fact that names both.
  // A release named by its version alone ("20H2 images") is a system too. Worked out only for
  // the word-matched executors it bears on, since it walks every entity's releases.
  const systems = reading.entities.filter((e) => e.kind === "OS_VERSION");
  const releasedSystem = () => {
    const words = new Set(reading.normalized.folded.split(" "));
    return ctx.graph
      .entities()
      .some(
        (e) =>
          !systems.includes(e) && e.releases.some((r) => /\d/.test(r.version) && words.has(r.version.toLowerCase())),
      );
  };
  const twoSystems =
    executor.wordMatched === true &&
    frame.predicate?.family === "compat" &&
    (systems.length >= 2 || (systems.length === 1 && releasedSystem()));
  // A fact settles what it says: asked whether X is available, the fact must say "available".
  const unsaid = executor.wordMatched === true && !predicateSaid(lexicon, reading.frame.predicate?.id, draft);
  // "Can I run Docker Desktop 4.30 on Windows 10?": a number asked about that no name, build or
  // sentence of the answer accounts for is a condition the verdict ignores.
  // "300 employees": where the executor reads a business's size, the numbers are that size.
  const sized = consumes.includes("size") && frame.qualifiers.some((q) => q.slot === "size");
  if (!sized) for (const n of looseNumbers(ctx, draft)) unconsumed.push({ slot: "number", value: n, cue: n });
  // "Is Hyper-V no longer available on Pro?", "是不是不能…": a verdict answers the positive
  // question; asked the negative, its "yes" would say the opposite of what it means.
  // "我的电脑没有 Hyper-V，能用 Docker 吗？": a negative word that only says what is left out (没有)
  // asks no negative question of an executor that reads the absence.
  const negative = negatedAsking(lexicon, reading.question, consumes.includes("absence"), frame.confirms);
  if (negative && !consumes.includes("polarity")) unconsumed.push({ slot: "polarity", value: "not", cue: negative });
  // "Was Windows 10 the first desktop Windows with Hyper-V?": whether it has it is not whether
  // it was the first; only an executor that reads the order, or a fact that says it, settles that.
  const order = lexicon
    .find(normalize(askingSentence(reading.question)), "marker", "order")
    .find((h) => h.entry.value === "first");
  if (order && !consumes.includes("order") && (executor.wordMatched !== true || !orderSaid(lexicon, draft)))
    unconsumed.push({ slot: "order", value: order.entry.value ?? "", cue: order.cue });
  // "Does Windows Server 2019 come with Docker?": that it runs there does not say it ships there.
  const inclusion = unincludedVerdict(ctx, lexicon, executor, draft);
  if (inclusion !== null) unconsumed.push({ slot: "includes", value: "INCLUDES", cue: inclusion });
  if (
    unconsumed.length === 0 &&
    !foreign &&
    !storyWords &&
    !offQuestion &&
    !unaskedStory &&
    !yearMismatch &&
    !unsaid &&
    !otherSubject &&
    !needOfOther &&
    !twoSystems
  )
    return withClarification(ctx, executor, draft);
  // A qualifier is named when it reads as a condition ("for 32-bit"); "for without", "for
  // still" and "for only" (就只能而言) do not: they say how the question asks, not of what.
  // A cue with a gap in it ("本身就是…虛擬機") is a pattern, not words to quote.
  const what = unconsumed
    .filter((q) => !UNNAMED_SLOTS.includes(q.slot) && !q.cue.includes("..."))
    .map((q) => (reading.language === lang ? asWritten(reading.question, q.cue) : q.cue));
  const list = what.join(lang === "en" ? ", " : "、");
  return withoutVerdict(draft, list ? fill(P.cannotSettleFor, lang, { what: list }) : fill(P.cannotSettle, lang));
}

/** The answer with its verdict withdrawn: its facts stay, led by a sentence that says why. */
export function withoutVerdict(draft: Draft, lead?: string): Draft {
  const rest = draft.parts.filter((p) => !VERDICT_LEADS.has(p));
  return { ...draft, verdict: null, parts: lead === undefined ? rest : [lead, ...rest] };
}

// Years, versions, builds and dotted release numbers, as a question gives them.
const NUMBER = /(?<![\d.])(?:\d+\.\d+(?:\.\d+)*|\d{4,5}|\d{2}h[12])(?![\d.])/gi;

/**
 * The negative word of the asking sentence ("no longer", "不能"), if it asks the negative; the
 * lexicon's negation entry leaves out "can or can't" forms (能不能, "or not"). An aside in
 * brackets ("(NOT Linux containers)") says what is not meant, not what is asked.
 */
function negatedAsking(lexicon: Lexicon, question: string, absenceRead: boolean, confirms: boolean): string | null {
  // "I read WSL 2 doesn't need Hyper-V. Is that right?", "听说不需要 Hyper-V，是这样吗？": what a
  // question asks to confirm is the story's claim, and "no" would say the claim is wrong; any
  // negative or absent thing in the claim is a negative question.
  const sentence = askingSentence(question);
  if (confirms) {
    const claim = normalize(plainQuestion(claimOf(lexicon, question)));
    const said = [...lexicon.find(claim, "marker", "polarity"), ...lexicon.find(claim, "qualifier", "absence")];
    return said[0]?.cue ?? null;
  }
  // 能不能, 是不是, 支不支援: a verb, 不 or 沒, the verb again asks the plain question.
  const asking = normalize(plainQuestion(sentence.replace(/\([^)]*\)|（[^）]*）/g, " ")));
  const negatives = lexicon.find(asking, "marker", "polarity").map((h) => h.cue);
  const absence = absenceRead ? lexicon.find(asking, "qualifier", "absence").map((h) => h.cue) : [];
  const own = negatives.filter((n) => !absence.some((a) => a.includes(n) || n.includes(a)));
  return own[0] ?? null;
}

/** The numbers of the asking sentence that nothing the answer rests on accounts for. */
function looseNumbers(ctx: AnswerContext, draft: Draft): string[] {
  const { reading } = ctx;
  // In a message that tells a story, its numbers are mostly what the writer runs, not conditions.
  if (reading.frame.context) return [];
  // A number and a version are digits: a question with none names neither.
  if (!/\d/.test(reading.question)) return [];
  const asked: string[] = reading.question.match(NUMBER) ?? [];
  const entities = [...reading.entities, ...draft.entities];
  const named = productVersions(reading.question, entities);
  if (asked.length === 0 && named.length === 0) return [];
  const known = new Set<string>();
  for (const e of entities) {
    for (const m of namesOf(e).numbers) known.add(m);
    const build = e.attributes.build?.value;
    if (build) known.add(String(build));
  }
  if (reading.build !== null) {
    known.add(String(reading.build));
    for (const e of entities)
      for (const r of e.releases) if (r.build === reading.build) known.add(r.version.toLowerCase());
  }
  const said = [...draft.parts, ...draft.facts.map((f) => f.text.en)].join(" ").toLowerCase();
  const versions = named.filter((v) => !new RegExp(`(?<![\\d.])${v.replace(/\./g, "\\.")}(?![\\d]|\\.\\d)`).test(said));
  return [
    ...asked.filter((n) => !known.has(n.toLowerCase()) && !said.includes(n.toLowerCase())),
    ...versions.filter((v) => !asked.includes(v)),
  ];
}

/**
 * "Can VMware Workstation 14 run beside Hyper-V?": a version number right after a product's
 * name is the release asked about, however short; "WSL 2" and "Windows 10" are names of their own.
 */
function productVersions(question: string, entities: readonly KbEntity[]): string[] {
  const q = question.toLowerCase();
  const named = new Map<string, RegExp | null>();
  for (const e of entities) for (const n of namesOf(e).names) if (!named.has(n.name)) named.set(n.name, n.after);
  const names = [...named.keys()];
  const found: string[] = [];
  for (const [name, after] of named) {
    // Only a name the question contains can have a version after it.
    if (after === null || !q.includes(name)) continue;
    for (const m of q.matchAll(after)) {
      const v = m[1]!;
      if (names.some((n) => n.startsWith(`${name} ${v}`) || n.startsWith(`${name}${v}`))) continue;
      if (!found.includes(v)) found.push(v);
    }
  }
  return found;
}

interface EntityNames {
  /** The English name and aliases, lower-case, each with the pattern of a version right after it. */
  names: readonly { name: string; after: RegExp | null }[];
  /** The numbers those names hold ("Windows Server 2019"), lower-case. */
  numbers: readonly string[];
}

const NAMES = new WeakMap<KbEntity, EntityNames>();

/**
 * An entity's names as the number checks read them, worked out once per entity of the
 * immutable graph: compiling a pattern per name on every verdict was most of their cost.
 */
function namesOf(e: KbEntity): EntityNames {
  let known = NAMES.get(e);
  if (!known) {
    const all = [e.name.en, ...e.aliases];
    known = {
      names: all.map((n) => {
        const name = n.toLowerCase();
        const after =
          name.length < 3
            ? null
            : new RegExp(`(?<![a-z0-9])${escapeRegExp(name)}\\s*v?(\\d+(?:\\.\\d+)*)(?![\\d.]*[a-z0-9])`, "g");
        return { name, after };
      }),
      numbers: all.flatMap((n) => n.match(NUMBER) ?? []).map((m) => m.toLowerCase()),
    };
    NAMES.set(e, known);
  }
  return known;
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

/** Whether a fact the answer rests on says "the first" of what it names. */
function orderSaid(lexicon: Lexicon, draft: Draft): boolean {
  return draft.facts.some((f) =>
    [f.text.en, f.text["zh-Hans"]].some((t) =>
      lexicon.find(normalize(t), "marker", "order").some((h) => h.entry.value === "first"),
    ),
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

/**
 * "Can I run Hyper-V isolated containers inside a Windows Server VM?" meets "A host running
 * Windows Server 2012 cannot…": a "no" a fact says of one release (a year or version it names)
 * says nothing of a question that names another release or none. Only a "no": a fact that says
 * "1903 or later" answers yes of the releases after it.
 */
// A release is the two words of a name before its number ("Windows Server 2012").
const RELEASE = /\b([a-z][a-z-]+ [a-z][a-z-]+) (?:version )?((?:\d+\.\d+(?:\.\d+)*|\d{4,5}|\d{2}h[12]))\b/g;

function otherRelease(question: string, draft: Draft): boolean {
  if (draft.verdict !== "NO") return false;
  const q = question.toLowerCase();
  const asked = new Set((q.match(NUMBER) ?? []).map((n) => n.toLowerCase()));
  // The question asks of another release where it names the release's words with no number of
  // theirs after them.
  return draft.facts.some((f) =>
    [...f.text.en.toLowerCase().matchAll(RELEASE)].some(([, name, n]) => {
      if (asked.has(n!) || !q.includes(name!)) return false;
      const after = new RegExp(`${escapeRegExp(name!)}\\s*(?:version\\s*)?\\d`);
      return !after.test(q);
    }),
  );
}

/** Whether a sentence of the text says what the entity needs: its name before a word of needing. */
function needSaidOf(lexicon: Lexicon, e: KbEntity, text: string): boolean {
  const names = [e.name.en.replace(/\s*\(.*\)/, ""), ...e.aliases]
    .map((n) => normalize(n).folded)
    .filter((n) => n.length > 2);
  return text.split(/(?<=[.;:])\s+/).some((sentence) => {
    const n = normalize(sentence);
    const needs = lexicon.find(n, "predicate").filter((h) => h.entry.id === "require");
    return needs.some((h) =>
      names.some((name) => {
        const at = n.folded.indexOf(name);
        return at >= 0 && at < h.at;
      }),
    );
  });
}

/** Whether the answer itself says the qualifier ("…on ARM64 devices…", "ready for production"). */
function statedBy(lexicon: Lexicon, draft: Draft, q: Qualifier): boolean {
  const said = [...draft.facts.map((f) => f.text.en), ...draft.parts];
  // "Only" and "still" are said by facts for other reasons ("needs only…", "those still on…");
  // a fact answers "still" when it says how things stand now ("no longer published").
  // "Without" is never stated by a fact: one that says "without Hyper-V" answers its own question.
  // "Inside a VM" is settled by the hypervisor under it, its nesting and who supports it (EC2,
  // Azure, KVM differ): a fact that speaks of VMs answers with conditions, not with a verdict.
  if (["build", "exclusive", "absence", "polarity", "order", "host"].includes(q.slot)) return false;
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
