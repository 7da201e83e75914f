import type { KbEntity } from "@dockerwin/kb";
import type { Lexicon, LexiconHit } from "./Lexicon.js";
import { plainQuestion } from "./aNotA.js";
import { commaClauses } from "./clauses.js";
import { buildsIn } from "./builds.js";
import { normalize, type Normalized } from "./normalize.js";
import { asksOnlyAbout, SUBJECT_SLOT } from "./subjectScope.js";

/** A qualifier the question gives: the slot it fills, its value, and the words that said it. */
export interface Qualifier {
  slot: string;
  value: string;
  cue: string;
}

/**
 * What a question asks, as typed fields: the predicate (what is asked of the subject, by family),
 * the qualifiers that narrow it, its polarity, the scope it falls in, pasted error text and the
 * questions a long message holds. Executors read the frame, never the raw question.
 */
export interface Frame {
  /** The predicate that decides the answer, the most specific one named. */
  predicate: { id: string; family: string; value: string | null } | null;
  /** Every predicate named, in lexicon order. */
  predicates: readonly string[];
  qualifiers: readonly Qualifier[];
  /** "doesn't", "不能": the question asks the negative. */
  negated: boolean;
  /**
   * A subject outside the knowledge base: a platform (macOS, a Linux distribution…) with nothing
   * tying it to Windows, a neighbouring tool, or a product the knowledge base does not know asked
   * about for itself (FOREIGN).
   */
  outOfScope: { id: string; slot: string; cue?: string } | null;
  /** A scope word inside a name the knowledge base knows ("Docker for Mac"), with nothing tying it to Windows. */
  scopeInName: { id: string; slot: string } | null;
  /**
   * A subject outside the knowledge base that a pasted error names, tied to Windows or not
   * (minikube's error on Windows 10): the error is answered only where an error entry is its own.
   */
  scopeInError: { id: string; slot: string } | null;
  /** The pasted error text, when the question carries one. */
  errorText: string | null;
  /** A build number the question states ("ver says 10.0.14393", "build 19044"). */
  build: number | null;
  /** The questions of a message that asks several, in order (empty when it asks one). */
  subQuestions: readonly string[];
  /** A question type the lexicon names for the asking sentence ("why"), else null. */
  questionType: string | null;
  /** The message tells more than it asks: sentences of context beside the question, or a paste. */
  context: boolean;
  /** The entities named in the sentence that asks (all of them, for a message that is its question). */
  asked: readonly KbEntity[];
  /** The question is about the source article ("the article says…", "原文"). */
  aboutArticle: boolean;
  /**
   * The asking sentence holds a pronoun that points back into the story ("Can we run ltsc2019
   * images on it?", 它): what the story names is what it asks of.
   */
  pointsBack: boolean;
  /** The asking sentence asks to confirm what the story says ("Is that right?", 是这样吗？). */
  confirms: boolean;
}

// Qualifiers read from the asking sentence alone.
// "Without" too: the story's "Turn Windows features on or off" (启用或关闭) is no absence asked about.
const SENTENCE_SLOTS: ReadonlySet<string> = new Set(["exclusive", "time", "absence"]);

/**
 * A text with each "verb, 不 or 沒, verb" read as the verb: 需不需要 and 有沒有 ask the plain
 * question, and the 不需要 or 沒有 inside them leaves nothing out ("有沒有不需要 Hyper-V 的…"
 * still does without Hyper-V).
 */
function plainOf(n: Normalized): Normalized {
  const plain = plainQuestion(n.folded);
  return plain === n.folded ? n : normalize(plain);
}

// Scope slots that the story of a message may name while its asking sentence asks of the domain:
// another tool (podman, Azure Pipelines) is where the writer has been. A Compose file's syntax or
// a program's error in the story is what "is this a bug?" asks about.
const STORY_SCOPE_SLOTS: ReadonlySet<string> = new Set(["tool"]);

// Scope slots that a Windows word brings back into scope.
const ANCHORED_SLOTS: ReadonlySet<string> = new Set(["platform", "cluster", "swarm"]);
// Of those, the ones a Windows word brings back into scope in a pasted error too: a swarm's
// network failing on a Windows node is Windows's; a local cluster's error is its tool's.
const ANCHORED_IN_ERRORS: ReadonlySet<string> = new Set(["platform", "swarm"]);

// Predicates that say what kind of answer settles the question, before the general "run".
const GENERAL_FAMILIES = new Set(["compat", "relation"]);

/** The scope of a question whose subject is a product the knowledge base does not know. */
export const FOREIGN = "foreign-subject";

// A pasted error carries the marks of a message: a code, a quoted or bracketed part, a colon;
// the words such a message carries ("at line 3") are the lexicon's pasted markers.
const PASTED = /0x[0-9a-f]{6,8}|["“”'「」]|:(\s|$)|\(\w+\)/i;

/** Reads the frame of a question with the lexicon, given the entities the reader found. */
export function readFrame(
  lexicon: Lexicon,
  question: string,
  normalized: Normalized,
  entities: readonly KbEntity[],
  asked: readonly KbEntity[] = entities,
  foreign: string | null = null,
): Frame {
  const asking = askingSentence(question);
  const plain = plainOf(normalized);
  const qualifierHits = lexicon.find(plain, "qualifier").filter((h) => !denied(lexicon, plain, h));
  // "非商業的開源專案也免費嗎？": a predicate's word inside the words for who uses it (開源 of
  // 開源專案) names that user, not a predicate asked; a phase of support (主流支援) still asks
  // about support.
  const predicateHits = lexicon
    .find(normalized, "predicate")
    .filter((h) => !qualifierHits.some((g) => g.entry.slot === "audience" && g.cue !== h.cue && within(h, g)));
  // In a message that tells a story, what is asked is the asking sentence's predicate: "I heard
  // it is no longer free for every organisation. Do we have to buy a subscription?" asks the cost.
  // Its last clause first: "听说它不再免费了，我们要买订阅吗？" asks whether to buy.
  const specificIn = (text: string) =>
    lexicon.find(normalize(text), "predicate").filter((h) => !GENERAL_FAMILIES.has(h.entry.slot ?? ""));
  // A clause that offers the other answer ("…for free, or do we need to pay?") asks nothing of its own.
  const askedPart = withoutOfferedAnswer(lexicon, asking);
  const lastClause = commaClauses(asking).at(-1) ?? asking;
  const offersOther = askedPart !== asking;
  const clause = offersOther ? [] : specificIn(lastClause);
  const askingPredicates = asking === question ? [] : clause.length > 0 ? clause : specificIn(asking);
  // The specific predicate named first: "is it free, or do I have to pay?" asks whether it is free.
  const specific = (askingPredicates.length > 0 ? askingPredicates : predicateHits)
    .filter((h) => !GENERAL_FAMILIES.has(h.entry.slot ?? ""))
    .sort((a, b) => a.at - b.at)[0];
  // Otherwise the verb named first: "Can Windows containers run apps that need IIS?" asks "run".
  const primary: LexiconHit | undefined = specific ?? [...predicateHits].sort((a, b) => a.at - b.at)[0];
  // "Only" and "still" qualify the sentence that asks, not the story around it ("The only server
  // I have is…"); the rest (ARM, a VM, production) hold for the whole message.
  const askingNorm = asking === question ? normalized : normalize(asking);
  const present = withoutPastClauses(lexicon, askedPart);
  const askedNorm = present === asking ? askingNorm : normalize(present);
  const plainAsked = plainOf(askedNorm);
  // The edition is read by the reader against the OS's own editions, not here.
  const qualifiers = [
    ...qualifierHits.filter((h) => h.entry.slot !== "edition" && !SENTENCE_SLOTS.has(h.entry.slot ?? "")),
    ...lexicon
      .find(plainAsked, "qualifier")
      .filter((h) => SENTENCE_SLOTS.has(h.entry.slot ?? "") && !denied(lexicon, plainAsked, h)),
  ].map((h) => ({ slot: h.entry.slot ?? "", value: h.entry.value ?? "", cue: h.cue }));
  // Tied to Windows: a Windows word, or an entity whose name is one (Windows Server 2019, not Linux).
  // An entity anchors only where the question names it by a word: "CentOS 7.2.1511" holds the
  // number of Windows 10 1511 but names no Windows.
  const anchored =
    lexicon.find(normalized, "marker", "anchor").length > 0 ||
    entities.some((e) => anchors(lexicon, e) && namedByWord(e, normalized));
  // "Docker for Mac" is an entity of the knowledge base: a scope word inside a longer name the
  // question uses is not out of scope ("macOS" itself is no such name).
  const named = (cue: string) =>
    entities.some((e) =>
      [e.name.en, ...e.aliases].some((n) => {
        const name = normalize(n).folded;
        return name !== cue && name.includes(cue) && normalized.folded.includes(name);
      }),
    );
  // A neighbouring tool, an orchestrator's internals (the kubelet of a Windows node) and general
  // programming are out of scope even on Windows; a platform, or a local cluster that runs on one
  // (minikube on Hyper-V), only where nothing ties it to Windows.
  // A neighbouring subject is asked about where the asking sentence names nothing of the domain
  // beside it; one that refers back ("How do I fix it?") asks of what the story names.
  const pointsBack = lexicon.find(askingNorm, "marker", "pronoun").length > 0;
  const about = pointsBack ? entities : asked;
  // "…so we switched to podman. Without Desktop, does Docker Engine cost money too?": a tool the
  // story names is where the writer has been; the question asks of what its asking sentence
  // names, where that is a thing of the domain and nothing points back to the story.
  const askingScope = asking === question ? null : lexicon.find(askingNorm, "scope");
  const storyOnly = (h: LexiconHit) =>
    askingScope !== null &&
    STORY_SCOPE_SLOTS.has(h.entry.slot ?? "") &&
    !askingScope.some((g) => g.entry === h.entry) &&
    !pointsBack &&
    asked.some((e) => !e.concept && namedByWord(e, askingNorm));
  const scopeHits = lexicon
    .find(normalized, "scope")
    .filter((h) => !ANCHORED_SLOTS.has(h.entry.slot ?? "") || !anchored)
    .filter((h) => h.entry.slot !== SUBJECT_SLOT || asksOnlyAbout(lexicon, h, about))
    .filter((h) => !storyOnly(h));
  const inName = scopeHits.find((h) => named(h.cue));
  // A lexicon entry is met at its first cue: where that cue lies inside a name ("mac" of Docker
  // for Mac), the entry's other words may still stand outside every name and say where the
  // question is ("…Docker for Mac… com.docker.hyperkit uses 20% CPU").
  const inNames = scopeHits.filter((h) => named(h.cue));
  const outside =
    inNames.length > 0 && scopeHits.every((h) => named(h.cue))
      ? withoutNames(
          normalized,
          entities,
          inNames.map((h) => h.cue),
        )
      : null;
  const again = outside
    ? lexicon
        .find(outside, "scope")
        .filter((h) => inNames.some((g) => g.entry === h.entry) && !named(h.cue))
        .filter((h) => h.entry.slot !== SUBJECT_SLOT || asksOnlyAbout(lexicon, h, about))
    : [];
  const scope = scopeHits.find((h) => !named(h.cue)) ?? again[0];
  const errorMarked = lexicon.find(normalized, "marker", "error").length > 0;
  const pasted = PASTED.test(question) || lexicon.find(normalized, "marker", "pasted").length > 0;
  // A long message that reports an error is one, but a question that opens with a question word
  // ("Which errors can it show?") asks about errors and pastes none.
  const asksAbout = lexicon.find(normalized, "marker", "wh").some((h) => h.at === 0) && !context(question, normalized);
  const errorText = errorMarked && (pasted || (normalized.tokens.length >= 6 && !asksAbout)) ? question.trim() : null;
  // A product the knowledge base does not know, asked about for itself; a pasted error names
  // parts of what failed, and is read for its cause instead.
  const foreignScope = foreign !== null && errorText === null ? { id: FOREIGN, slot: "product" } : null;
  // Ubuntu in WSL is the host's own Linux; a local cluster's error (minikube) is another tool's.
  const inError =
    errorText === null
      ? undefined
      : lexicon
          .find(normalized, "scope")
          .find(
            (h) =>
              !named(h.cue) &&
              (!ANCHORED_IN_ERRORS.has(h.entry.slot ?? "") || !anchored) &&
              (h.entry.slot !== SUBJECT_SLOT || asksOnlyAbout(lexicon, h, about)),
          );
  return {
    predicate: primary
      ? { id: primary.entry.id, family: primary.entry.slot ?? primary.entry.id, value: primary.entry.value }
      : null,
    predicates: predicateHits.map((h) => h.entry.id),
    qualifiers,
    negated: lexicon.find(normalized, "marker", "polarity").length > 0,
    outOfScope: scope ? { id: scope.entry.id, slot: scope.entry.slot ?? "", cue: scope.cue } : foreignScope,
    scopeInName: inName ? { id: inName.entry.id, slot: inName.entry.slot ?? "" } : null,
    scopeInError: inError ? { id: inError.entry.id, slot: inError.entry.slot ?? "" } : null,
    errorText,
    build: buildsIn(question, 1)[0] ?? null,
    subQuestions: subQuestionsOf(question),
    // A question type with no rank says what kind of answer is wanted, beside the intent.
    questionType: lexicon.find(askingNorm, "questionType").find((h) => h.entry.rank === null)?.entry.slot ?? null,
    context: context(question, normalized),
    asked,
    aboutArticle: lexicon.find(normalized, "marker", "article").length > 0,
    pointsBack,
    confirms: lexicon.find(askingNorm, "marker", "confirm").length > 0,
  };
}

const HAN = /\p{Script=Han}/u;

/**
 * The question with every name of its entities that holds one of these cues (and is more than
 * the cue) blanked out, or null where none stands in it.
 */
function withoutNames(
  normalized: Normalized,
  entities: readonly KbEntity[],
  cues: readonly string[],
): Normalized | null {
  let text = normalized.folded;
  for (const e of entities) {
    for (const n of [e.name.en, ...e.aliases]) {
      const name = normalize(n).folded;
      if (name !== "" && cues.some((cue) => name !== cue && name.includes(cue))) text = text.split(name).join(" ");
    }
  }
  return text === normalized.folded ? null : normalize(text);
}

/** Whether one hit's cue lies inside another's, both found in the same form of the question. */
function within(h: LexiconHit, g: LexiconHit): boolean {
  return HAN.test(h.cue) === HAN.test(g.cue) && g.at <= h.at && h.at + h.cue.length <= g.at + g.cue.length;
}

/**
 * "We are not a company", 也不是公司, 非商業: a cue right after a denial of the lexicon says what
 * the writer is not. "50 個人" counts people: 個 after a number is a measure word, not 個人.
 */
function denied(lexicon: Lexicon, q: Normalized, hit: LexiconHit): boolean {
  const denials = denialsOf(lexicon);
  if (HAN.test(hit.cue)) {
    const before = q.compact.slice(0, hit.at);
    if (/[个個]/.test(hit.cue[0] ?? "") && /\d$/.test(before)) return true;
    return denials.zh.some((cue) => before.endsWith(cue));
  }
  const before = ` ${q.folded.slice(0, hit.at).trimEnd()}`;
  return denials.en.some((cue) => before.endsWith(cue));
}

const DENIALS = new WeakMap<Lexicon, { zh: readonly string[]; en: readonly string[] }>();

/** The lexicon's denial cues, folded as questions are: Chinese compact, English after a space (once per lexicon). */
function denialsOf(lexicon: Lexicon): { zh: readonly string[]; en: readonly string[] } {
  let known = DENIALS.get(lexicon);
  if (!known) {
    const cues = lexicon.cues("marker", "denial");
    known = {
      zh: cues.zh.map((d) => normalize(d).compact).filter((cue) => cue.length > 0),
      en: cues.en.map((d) => ` ${normalize(d).folded}`),
    };
    DENIALS.set(lexicon, known);
  }
  return known;
}

const WORD_NAMES = new WeakMap<KbEntity, readonly string[]>();

/** Whether the question holds one of the entity's names that has a letter in it (keys cached). */
export function namedByWord(e: KbEntity, q: Normalized): boolean {
  let keys = WORD_NAMES.get(e);
  if (!keys) {
    keys = [e.name.en, e.name["zh-Hans"], ...e.aliases]
      .map((n) => normalize(n).compact)
      .filter((key) => /\p{L}/u.test(key) && key.length > 2);
    WORD_NAMES.set(e, keys);
  }
  return keys.some((key) => q.compact.includes(key));
}

const ANCHORS = new WeakMap<KbEntity, boolean>();

/** Whether an entity's own name ties a question to Windows (worked out once per entity). */
function anchors(lexicon: Lexicon, e: KbEntity): boolean {
  let known = ANCHORS.get(e);
  if (known === undefined) {
    known = lexicon.find(normalize(e.name.en.replace(/\(.*\)/, "")), "marker", "anchor").length > 0;
    ANCHORS.set(e, known);
  }
  return known;
}

/** Beyond this many words a message carries more than its question. */
const LONG = 30;

/** The message tells more than it asks: sentences beside its question, or many words. */
function context(question: string, normalized: Normalized): boolean {
  return sentencesOf(question).length > 1 || normalized.tokens.length > LONG;
}

/** The sentences of a message that say something (three words or more). */
function sentencesOf(question: string): string[] {
  const parts = question.split(/(?<=[.!?。！？])\s+|(?<=[。！？])|\n+/);
  // A sentence does not end inside brackets: "images for Windows 10 (e.g. 10.0.19044) that …".
  const joined: string[] = [];
  let open = 0;
  for (const p of parts) {
    if (open > 0 && joined.length > 0) joined[joined.length - 1] += ` ${p}`;
    else joined.push(p);
    open = Math.max(0, open + (p.match(/[(（]/g)?.length ?? 0) - (p.match(/[)）]/g)?.length ?? 0));
  }
  return joined.map((p) => p.trim()).filter((p) => wordCount(p) >= 3);
}

// Latin words and numbers, and each Chinese character, as normalize counts tokens, but cheaply.
const WORD = /\p{Script=Han}|[\p{L}\p{N}#+]+/gu;
const wordCount = (text: string) => text.match(WORD)?.length ?? 0;

/**
 * What an asking sentence asks, without a last clause that offers the other answer: "…with process
 * isolation, or only with Hyper-V isolation?" asks of process isolation, and its "only" belongs to
 * the answer it offers.
 */
export function withoutOfferedAnswer(lexicon: Lexicon, asking: string): string {
  const clauses = commaClauses(asking);
  if (clauses.length < 2) return asking;
  const last = clauses.at(-1)!.trim();
  return lexicon.find(normalize(last), "marker", "alternative").length > 0 ? clauses.slice(0, -1).join(",") : asking;
}

/**
 * The asking sentence without the clauses that tell how things were: in "以前只有非商業用途免費，
 * 現在商業用途也免費嗎？" the "only" is the story's, and the question asks of now. Unchanged
 * where every clause tells the past.
 */
function withoutPastClauses(lexicon: Lexicon, asking: string): string {
  const clauses = commaClauses(asking);
  if (clauses.length < 2) return asking;
  const present = clauses.filter((c) => lexicon.find(normalize(c), "marker", "past").length === 0);
  return present.length === clauses.length || present.length === 0 ? asking : present.join(",");
}

/**
 * What a question that asks to confirm ("Is it true that…?", "…, is that right?", "…。是这样吗？")
 * asks about: its asking sentence, where that says more than the words that ask to confirm; the
 * sentence before it, where the asking sentence is those words alone.
 */
export function claimOf(lexicon: Lexicon, question: string): string {
  const asking = askingSentence(question);
  const n = normalize(asking);
  let rest = n.compact;
  for (const h of lexicon.find(n, "marker", "confirm")) rest = rest.replace(normalize(h.cue).compact, "");
  if (rest.length >= CLAIM_CHARS) return asking;
  const sentences = sentencesOf(question);
  const at = sentences.indexOf(asking);
  return at > 0 ? sentences[at - 1]! : asking;
}

/** Fewer letters than this beside the words that ask to confirm ("so", 还) say no claim of their own. */
const CLAIM_CHARS = 6;

/**
 * The sentence that asks: in "I run Windows 10 Home. Can I use Docker?" the second. The first
 * sentence ending in a question mark, else the last sentence, else the whole message.
 */
export function askingSentence(question: string): string {
  // The reader, the executors and the gate each ask for the sentence of the question in hand.
  const at = ASKING_KEYS.indexOf(question);
  if (at >= 0) return ASKING[at]!;
  const sentences = sentencesOf(question);
  const asking =
    sentences.length <= 1 ? question : (sentences.find((p) => /[?？]$/.test(p)) ?? sentences.at(-1) ?? question);
  ASKING_KEYS[next] = question;
  ASKING[next] = asking;
  next = (next + 1) % ASKING_KEYS.length;
  return asking;
}

/**
 * The last few texts' asking sentences: one question's texts (the message, its sub-questions and
 * the turns before it) are asked for again and again while it is answered, so a handful is enough.
 */
const ASKING_KEYS: string[] = new Array<string>(8).fill("");
const ASKING: string[] = new Array<string>(8).fill("");
let next = 0;

/**
 * "Can I run Docker on Windows 7? And does it need Hyper-V?": up to three questions, each ending
 * in a question mark and long enough to be a question of its own; otherwise none.
 */
export function subQuestionsOf(question: string): string[] {
  const parts = question
    .split(/(?<=[?？])\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2) return [];
  const questions = parts.filter((p) => /[?？]$/.test(p) && wordCount(p) >= 3);
  return questions.length >= 2 ? questions.slice(0, 3) : [];
}
