import type { Graph, KbClaim, KbEntity, KbErrorEntry, KbFact, Lang } from "@dockerwin/kb";
import type { Answer } from "./Answer.js";
import { withError } from "./answer/answerError.js";
import { UNKNOWN } from "./answer/answerWhich.js";
import { asWritten } from "./read/asWritten.js";
import { withoutVerdict } from "./answer/settleVerdict.js";
import type { AnswerContext, Draft } from "./answer/Draft.js";
import { FactIndex } from "./answer/FactIndex.js";
import { Dispatcher, ERROR, LOOSE } from "./dispatch.js";
import { followUpsFor } from "./followUps.js";
import { lexiconOf } from "./read/Lexicon.js";
import { normalize } from "./read/normalize.js";
import { Reader } from "./read/Reader.js";
import { SUBJECT_SLOT } from "./read/subjectScope.js";
import { askingSentence } from "./read/Frame.js";
import type { Reading } from "./read/Reading.js";
import { AnswerGate } from "./scope/earned.js";
import { echoLead } from "./text/echoLead.js";
import { fill, sentences, sentencesIn } from "./text/format.js";
import { P, VERDICT_WORDS, FOLLOW } from "./text/phrases.js";

export interface AnswerEngine {
  ask(question: string, history?: readonly string[], language?: Lang): Answer;
}

/**
 * The answer engine: reads a question, walks the graph, and writes a short answer in the
 * question's language, with the facts it rests on. Deterministic: the same graph and question
 * always give the same answer. Indexes are built once here, so each question costs little.
 */
export function createAnswerEngine(graph: Graph): AnswerEngine {
  const reader = new Reader(graph);
  const facts = new FactIndex(graph);
  const dispatcher = new Dispatcher(lexiconOf(graph));
  const gate = new AnswerGate(graph);
  return {
    ask(question, history = [], language) {
      const reading = reader.read(question, history, language);
      const one = (r: Reading): Answer => {
        const ctx: AnswerContext = { graph, facts, reading: r, lang: r.answerLanguage };
        // A pasted error is answered from its entry; a yes/no question quoting one, only where
        // the graph does not settle the question itself. An entry met only on the Windows
        // versions it names is a Windows error: the distribution or guest its paste names
        // ("installing Ubuntu … 0x80370102") is context, and the error line is the question.
        const error = dispatcher.settled(ctx, ERROR);
        // A neighbouring subject asked about for itself (a WSL distribution's DNS) is no Windows
        // error's matter, whatever Windows versions the entry is met on, unless it speaks of it.
        const windowsError =
          error?.error?.conditions?.os?.length && r.intent !== "YES_NO" && r.frame.outOfScope?.slot !== SUBJECT_SLOT;
        // A neighbouring subject asked about (a VPN beside WSL) is the cause an entry gives.
        if (outOfScope(r) && !windowsError && !speaksOf(error?.error, r)) return notFound(ctx);
        if (error && r.intent !== "YES_NO") return finish(ctx, error);
        // A pasted error of a tool outside the knowledge base is judged by the error entries alone.
        if (!error && r.frame.scopeInError !== null) return notFound(ctx);
        if (offTopic(r)) return error ? finish(ctx, error) : notFound(ctx);
        // With no entity, no executor has a subject: the facts answer, with no verdict.
        const draft = r.entities.length > 0 ? dispatcher.answer(ctx) : dispatcher.settled(ctx, LOOSE);
        // An answer from whatever shares words with the question must say what it asks about.
        const earned = draft && draft !== UNKNOWN && gate.earned(r, draft) ? settled(ctx, draft) : null;
        const answer = withError(ctx, earned, error);
        return answer ? finish(ctx, answer) : notFound(ctx);
      };
      // A verdict from a fact's words stands only where the fact says most of what the question asks.
      const settled = (ctx: AnswerContext, draft: Draft): Draft => {
        // Trouble reported asks for help: the facts that bear on it, with no yes or no before them.
        if (ctx.reading.reportsTrouble && draft.verdict !== null) return withoutVerdict(draft);
        const unsaid = gate.unsaidByVerdict(ctx.reading, draft);
        if (unsaid.length === 0) return draft;
        // In the writer's own words, where the answer is in the question's language and script.
        const own = ctx.reading.language === ctx.lang;
        const what = unsaid
          .map((w) => (own ? asWritten(ctx.reading.question, w.word) : w.word))
          .join(ctx.lang === "en" ? ", " : "、");
        return withoutVerdict(draft, fill(P.cannotSettleUnsaid, ctx.lang, { what }));
      };
      const subs = reading.frame.subQuestions;
      if (subs.length < 2 || reading.frame.errorText !== null || outOfScope(reading)) return one(reading);
      // "Can I run Docker on Windows 7? Does Windows 10 Home support Hyper-V?": each question in
      // order, when each names what it asks about; otherwise the later ones only add to the first.
      // One that points back ("What is the VBox Extension Pack? … what does it add?") is read
      // with the questions before it as its conversation, and answered in its turn.
      const readings = subs.map((q, i) => reader.read(q, [...history, ...subs.slice(0, i)], language));
      if (readings.some((r) => r.frame.asked.length === 0)) return one(reading);
      return joinAnswers(readings.map(one), () => one(reading));
    },
  };
}

/**
 * The answers to the questions of one message, as one answer: the texts in order, the first
 * answered question's verdict, and the entities and facts of all. Where none is answered, the
 * message read whole answers instead; `whole` is asked for only then.
 */
function joinAnswers(answers: readonly Answer[], whole: () => Answer): Answer {
  const answered = answers.filter((a) => a.status === "ANSWERED");
  const first = answered[0];
  if (!first) return whole();
  return {
    ...first,
    // "Is it still developed? Is it being deprecated?": each question gets its own lead, and a
    // sentence the answer to an earlier one already gave is not said again.
    text: joinedText(answered),
    // What each question is about first, then the rest.
    entities: uniq([...answered.flatMap((a) => a.entities.slice(0, 2)), ...answered.flatMap((a) => a.entities)]).slice(
      0,
      8,
    ),
    facts: uniq(answered.flatMap((a) => a.facts)).slice(0, 10),
    claims: uniq(answered.flatMap((a) => a.claims)),
    error: answered.find((a) => a.error)?.error ?? null,
  };
}

function joinedText(answers: readonly Answer[]): string {
  const said = new Set<string>();
  const lang = answers[0]!.language;
  const parts = answers.flatMap((a) =>
    sentencesIn(a.text, a.language).filter((s, i) => {
      // Each answer's own lead ("Yes.") answers its own question.
      if (i === 0 && a.verdict !== null) return true;
      if (said.has(s)) return false;
      said.add(s);
      return true;
    }),
  );
  return sentences(parts, lang);
}

/**
 * A word the knowledge base has never used ("Podman", "Fedora") next to nothing but an OS is a
 * question about something else: better no answer than one about Windows 10.
 */
function offTopic(reading: Reading): boolean {
  // "Podman vs Docker": a comparison with one side unknown.
  if (reading.intent === "COMPARE" && reading.entities.length < 2 && reading.unknownWords.length > 0) return true;
  if (reading.unknownWords.length === 0) return false;
  return reading.entities.every((e) => e.kind === "OS_VERSION");
}

/**
 * Whether a matched error entry speaks of the neighbouring subject the question asks about (a
 * VPN client that breaks WSL's sockets): the entry then answers the question, subject and all.
 */
function speaksOf(entry: KbErrorEntry | undefined, reading: Reading): boolean {
  const scope = reading.frame.outOfScope;
  if (entry === undefined || scope?.slot !== SUBJECT_SLOT || scope.cue === undefined) return false;
  const cue = normalize(scope.cue).compact;
  return [entry.title.en, entry.title["zh-Hans"], entry.cause.en, entry.cause["zh-Hans"]].some((t) =>
    normalize(t).compact.includes(cue),
  );
}

/**
 * A subject the knowledge base does not cover; but the history of Docker on another platform
 * ("History of Docker on macOS") is part of the history it tells.
 */
function outOfScope(reading: Reading): boolean {
  const scope = reading.frame.outOfScope;
  if (scope !== null) return !(reading.intent === "HISTORY" && scope.slot === "platform");
  // "Docker for Mac" is in the knowledge base's history: when it came, what it was and which
  // hypervisor it used are answered; how to use it, or whether it can do something, is a question
  // about another platform, and so is one about parts of it the knowledge base never names
  // ("Docker Desktop for Mac file sharing: which is faster, osxfs or gRPC FUSE?").
  if (reading.frame.scopeInName === null) return false;
  if (reading.intent === "YES_NO" || reading.intent === "HOW") return true;
  return (reading.intent === "LIST" || reading.intent === "UNKNOWN") && reading.unknownWords.length > 0;
}

function finish(ctx: AnswerContext, draft: Draft): Answer {
  const { reading, lang, graph } = ctx;
  // An error's answer is about what the error concerns and what the message names, in turn.
  const about = draft.error !== undefined && draft.verdict === null;
  const entities = uniq<KbEntity>(
    about ? interleave(draft.entities, reading.entities) : [...reading.entities, ...draft.entities],
  );
  const claims = draft.claims ?? relevantClaims(ctx, draft, entities);
  // One direct sentence, then at most three that support it; none said twice. Comparisons,
  // lists, timelines and how-to answers are rows and steps, not supporting sentences.
  // An error's answer is its cause and the fix in steps, whatever the question's form.
  const direct = !about && (reading.intent === "YES_NO" || reading.intent === "WHEN" || reading.intent === "WHAT_IS");
  const lead = echoLead(lexiconOf(graph), askingSentence(reading.question), lang, draft.verdict, draft.parts[0]);
  const parts = distinct(
    lead === draft.parts[0] ? draft.parts : [lead!, ...draft.parts.slice(1)],
    direct ? 1 + SUPPORTING : Infinity,
  );
  for (const c of draft.claims ? [] : claims) {
    if (c.verdict === "CORRECT" || !c.correction) continue;
    parts.push(
      fill(P.articleSaid, lang, {
        claim: c.claim[lang],
        verdict: VERDICT_WORDS[c.verdict]![lang],
        correction: c.correction[lang],
      }),
    );
  }
  const factList = uniq<KbFact>([
    ...draft.facts,
    ...claims.flatMap((c) => c.facts.slice(0, 1)).flatMap((id) => graph.fact(id) ?? []),
  ]);
  return {
    status: "ANSWERED",
    verdict: draft.verdict,
    text: sentences(uniq(parts), lang),
    language: lang,
    entities: entities.slice(0, 8),
    facts: factList.slice(0, 10),
    followUps: followUpsFor(graph, reading, entities, lang),
    interpretation: interpretation(reading, draft.by ?? null),
    claims,
    error: draft.error ?? null,
  };
}

/**
 * The article's claims an answer should mention: those the question asks about, or a wrong
 * claim resting on the same facts as the answer (so a reader of the article is set right).
 */
function relevantClaims(ctx: AnswerContext, draft: Draft, entities: readonly KbEntity[]): KbClaim[] {
  const { reading, graph } = ctx;
  const aboutArticle = reading.frame.aboutArticle;
  const factIds = new Set(draft.facts.map((f) => f.id));
  const candidates = uniq(entities.slice(0, 3).flatMap((e) => graph.claimsAbout(e.slug)));
  const first = entities[0]?.slug;
  const scored = candidates
    // A right claim or a guess is mentioned only where the question is about the article.
    .filter((c) => aboutArticle || (c.verdict !== "CORRECT" && c.verdict !== "GUESS"))
    .map((c) => ({ c, s: ctx.facts.claimScore(c, reading.terms), shared: c.facts.some((id) => factIds.has(id)) }))
    .filter(({ c, s, shared }) => {
      if (aboutArticle) return s > 0 || shared;
      // Chinese terms are character pairs and meet more by chance: they must meet more.
      const enough = reading.language === "en" ? 4 : 7;
      return (shared && s > 0) || (s >= enough && first !== undefined && c.entities.includes(first));
    })
    .sort((a, b) => b.s - a.s);
  return scored.slice(0, 1).map((x) => x.c);
}

function notFound(ctx: AnswerContext): Answer {
  const { reading, lang } = ctx;
  return {
    status: "NOT_FOUND",
    verdict: null,
    text: fill(P.notFound, lang),
    language: lang,
    entities: [],
    facts: [],
    followUps: FOLLOW.examples.map((e) => e[lang]),
    interpretation: interpretation(reading, null),
    claims: [],
    error: null,
  };
}

function interpretation(reading: Reading, executor: string | null): Answer["interpretation"] {
  return {
    language: reading.language,
    intent: reading.intent,
    entities: reading.entities,
    edition: reading.edition,
    resolvedQuestion: reading.resolved,
    executor,
  };
}

/** How many sentences may follow an answer's lead. */
const SUPPORTING = 3;

/** The first parts in order, at most `limit`, each once: a part another one already contains is left out. */
function distinct(parts: readonly string[], limit: number): string[] {
  const key = (p: string) => p.toLowerCase().replace(/[\s\p{P}]+/gu, "");
  const out: string[] = [];
  const keys: string[] = [];
  for (const p of parts) {
    if (out.length >= limit) break;
    const k = key(p);
    if (k.length > 0 && !keys.some((o) => o.includes(k))) {
      out.push(p);
      keys.push(k);
    }
  }
  return out;
}

/** a1, b1, a2, b2, …: two lists taken in turn. */
function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...a.slice(i, i + 1), ...b.slice(i, i + 1));
  return out;
}

function uniq<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}
