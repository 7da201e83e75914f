import type { Graph, KbEntity } from "@dockerwin/kb";
import type { Draft } from "../answer/Draft.js";
import type { Ground } from "../answer/Executor.js";
import { EXECUTORS, LOOSE } from "../dispatch.js";
import { askingSentence } from "../read/Frame.js";
import { lexiconOf, type Lexicon } from "../read/Lexicon.js";
import { normalize } from "../read/normalize.js";
import type { Reading } from "../read/Reading.js";
import {
  AskedWords,
  KnownWords,
  says,
  vocabularyOf,
  WordCounts,
  type AskedWord,
  type Vocabulary,
} from "./askedWords.js";

/**
 * What an answer is made of, by its ground, and so what it can be said to answer:
 * - "text": its sentences and facts, chosen for the words they share with the question (an
 *   entity's summary, the best fact, a claim, a fact matched by its words);
 * - "names": a rule, a relation, a list or a date of the entities it names, for the predicate it
 *   was asked: it says nothing of any other word a question asks, whatever its facts' sentences
 *   happen to hold;
 * - "predicate": a typed value, an OS's editions or a build: chosen for the very predicate or
 *   qualifier the question names, which is what it answers;
 * - "entry": a pasted error's entry, matched by the error itself.
 */
type Earning = "text" | "names" | "predicate" | "entry";
const EARNING: Readonly<Record<Ground, Earning>> = {
  errorEntry: "entry",
  comparison: "names",
  timeline: "names",
  dated: "names",
  buildMatch: "predicate",
  minimumBuild: "names",
  editions: "predicate",
  typedValue: "predicate",
  claim: "text",
  specificFact: "text",
  setupWithout: "names",
  setupRule: "names",
  relation: "names",
  factWords: "text",
  relationList: "names",
  summary: "text",
  bestFact: "text",
};
/**
 * Grounds that answer from whatever shares words with a question (an entity's summary, the fact
 * that matches best) rather than from a rule, a relation or an entry made for what it asks. Their
 * answers must be earned by covering what the question asks about.
 */
const LOOSE_GROUNDS: ReadonlySet<Ground> = new Set(["summary", "bestFact"]);
/**
 * A rule's or a relation's answer speaks for the things a question names: beside two of them, the
 * question's other words say how they meet ("If BOINC moved from VirtualBox to Hyper-V, could
 * Home users still run it?"); beside one, they may ask about something else entirely.
 */
const NAMED_THINGS = 2;
/** A question asks something of its own once this many of its words go unanswered... */
const UNANSWERED = 2;
/** ...and the answer says fewer than this share of them. */
const COVERED = 0.5;
/**
 * A fact chosen for the words it shares with a question may still answer it where the words it
 * misses are ones the knowledge base uses elsewhere ("move away from", said as "replaced"): it
 * is judged unearned where one of them is a word the knowledge base never uses, or this many go
 * unanswered.
 */
const UNANSWERED_KNOWN = 4;
/** A follow-up's words of its own that the knowledge base uses, but the answer does not say. */
const UNANSWERED_FOLLOW_UP = 3;
/** A word at most this many facts say is what they are about (of some 470 facts: a graph many times larger would need a share of its facts instead). */
const RARE = 3;

/** How much of what a question asks about an answer says. */
export interface Coverage {
  asked: readonly AskedWord[];
  said: readonly AskedWord[];
  /** Asked words that nothing in the knowledge base uses: what it has never been told about. */
  foreign: readonly AskedWord[];
  /** The answer leads with an entity's summary: it says what that entity is. */
  summary: boolean;
}

/**
 * Whether an answer is earned by what it answers. A question that names Docker, WSL or a virtual
 * machine while asking about something else ("How can I run a cron job every night inside WSL?",
 * "Windows 10 本地管理员密码忘了怎么重置？") draws the summary of what it names, or a fact that
 * happens to share a word: neither says anything of cron jobs or passwords. An answer from a loose
 * ground stands only where it says a fair share of the words that ask; one from a rule, a relation,
 * a typed value or an error entry was chosen for what the question asks and stands as it is.
 */
export class AnswerGate {
  private readonly words: AskedWords;
  private readonly lexicon: Lexicon;

  /** Every word the knowledge base uses, in its facts, entities, errors and events. */
  private readonly known: KnownWords;
  /** How many facts say each word. */
  private readonly factWords: WordCounts;
  /** The words of each text an answer is made of, worked out once per text. */
  private readonly vocabularies = new Map<string, Vocabulary>();

  constructor(graph: Graph) {
    this.words = new AskedWords(graph);
    this.lexicon = lexiconOf(graph);
    const { facts, entities, errors, events } = graph.bundle;
    this.factWords = new WordCounts(facts.map((f) => [f.text.en, f.text["zh-Hans"]]));
    this.known = new KnownWords([
      ...facts.flatMap((f) => [f.text.en, f.text["zh-Hans"]]),
      ...entities.flatMap((e) => [...namesOf(e), e.summary.en, e.summary["zh-Hans"]]),
      ...errors.flatMap((e) => [
        e.title.en,
        e.title["zh-Hans"],
        e.cause.en,
        e.cause["zh-Hans"],
        ...e.messages.map((m) => m.text),
      ]),
      ...events.flatMap((e) => [e.title.en, e.title["zh-Hans"]]),
    ]);
  }

  private vocabulary(text: string): Vocabulary {
    let v = this.vocabularies.get(text);
    if (!v) {
      if (this.vocabularies.size >= MAX_TEXTS) this.vocabularies.clear();
      this.vocabularies.set(text, (v = vocabularyOf(text)));
    }
    return v;
  }

  /** The asked words of a reading's asking clause or sentence. */
  private askedOf(reading: Reading): readonly AskedWord[] {
    // The reader's normalized text has its typos corrected. A question asks in one clause, or
    // where that clause only asks ("…loses its network after sleep, how do I fix it?"), in its
    // sentence; but a message that tells a story first asks in its clause alone, the story's
    // words being what happened, not what is asked.
    const read = (text: string) => this.words.of(text === reading.question ? reading.normalized : normalize(text));
    const clause = read(askingClause(reading.question));
    return clause.length >= MIN_CLAUSE_WORDS || reading.frame.context ? clause : read(askingSentence(reading.question));
  }

  /** The asked words of a reading's asking sentence, and those an answer's text, facts and entities say. */
  coverage(reading: Reading, draft: Draft, asked = this.askedOf(reading)): Coverage {
    const summary = draft.entities.some((e) => draft.parts[0] === e.summary[reading.answerLanguage]);
    if (asked.length === 0) return { asked, said: [], foreign: [], summary };
    // Answers are made of the graph's own texts: each is read once, not with every answer.
    const texts = [
      ...draft.parts,
      ...draft.facts.flatMap((f) => [f.text.en, f.text["zh-Hans"]]),
      ...draft.entities.flatMap(namesOf),
      ...(draft.error ? [draft.error.title.en, draft.error.title["zh-Hans"]] : []),
    ].map((t) => this.vocabulary(t));
    const said = asked.filter((w) => says(texts, w));
    return { asked, said, foreign: asked.filter((w) => !this.known.knows(w)), summary };
  }

  earned(reading: Reading, draft: Draft): boolean {
    const ground = GROUNDS_BY_NAME.get(draft.by ?? "");
    // A pasted error that an error entry matches is answered from it before this; one that none
    // matches is a question like any other, and a loose answer must say what it asks too.
    if (ground === undefined || draft.error !== undefined || EARNING[ground] === "entry") return true;
    // A follow-up is answered with what the conversation named before ("ok, and how do I reset my
    // Windows password?" after a question on Docker and Windows 10 Home): whatever the ground, an
    // answer that says none of what it newly asks answers the earlier question again, not this one.
    // A long message tells its own story, a follow-up that refers back ("who created it?") asks
    // of what came before, and one that names two things of its own asks how they go together:
    // each is judged by the rest of its reading.
    const followUp =
      reading.followUp &&
      !reading.frame.context &&
      this.lexicon.find(reading.normalized, "marker", "pronoun").length === 0 &&
      reading.frame.asked.filter((e) => !e.concept).length < 2;
    // A yes or no that rests on the question's words meeting a fact's ("Can I print from a Hyper-V
    // guest to my host printer?" met a fact on Hyper-V guests) must meet what the question asks.
    const wordVerdict = isWordVerdict(reading, draft);
    if (EARNING[ground] === "names" && !reading.followUp) return this.earnedByNames(reading, draft);
    if (!LOOSE_GROUNDS.has(ground) && !followUp && !wordVerdict) return true;
    // Fewer asked words than can go unanswered: what the answer says of them does not matter.
    const words = this.askedOf(reading);
    if (words.length < UNANSWERED) return true;
    const { asked, said, foreign, summary } = this.coverage(reading, draft, words);
    const unanswered = asked.length - said.length;
    if (unanswered < UNANSWERED || said.length >= asked.length * COVERED) return true;
    const unknown = foreign.some((w) => !said.includes(w));
    // "Who created it originally?" says what the answer puts as "developed" or "founded".
    if (!LOOSE_GROUNDS.has(ground)) return unknown || unanswered >= UNANSWERED_FOLLOW_UP ? false : true;
    // An entity's summary says what it is: it answers nothing else a question asks of it.
    if (summary && reading.intent !== "WHAT_IS") return false;
    return !unknown && unanswered < UNANSWERED_KNOWN;
  }

  /**
   * The words a question asks that a verdict resting on a fact's words leaves unsaid. Such a
   * verdict stands only where the fact says most of them: "Does antivirus slow down WSL 2?" met a
   * fact on slow file access across /mnt/c, whose "no file-change events" is no answer on
   * antivirus either way. A rule, a relation or a typed value was chosen for the predicate asked
   * and is judged by its slots instead (settleVerdict); a story's asking words are judged there too.
   */
  unsaidByVerdict(reading: Reading, draft: Draft): readonly AskedWord[] {
    const unasked = isUnaskedRelation(reading, draft);
    if (!isWordVerdict(reading, draft) && !unasked) return [];
    const { asked, said } = this.coverage(reading, draft);
    const unsaid = asked.filter((w) => !said.includes(w));
    if (unasked && unsaid.length < UNANSWERED) return [];
    // One word of many left unsaid is most often said in other words ("affected" as "did not
    // touch"); half of them unsaid is a question on something the fact does not speak of.
    if (unsaid.length * 2 >= asked.length) return unsaid;
    // So is one that a few other facts say and this one does not: "Is there a way to limit the
    // memory vmmem/Docker can use?" is asked of vmmem's facts, not of the one on cgroups.
    if (unasked) return [];
    return unsaid.filter((w) => {
      const n = this.factWords.count(w);
      return n > 0 && n <= RARE;
    });
  }

  /**
   * A rule's, a relation's, a list's or a date's answer earns only the words its entities name
   * (and the predicate it consumed, which is no asked word): "When a Swarm manager loses quorum,
   * how do I force a new cluster?" draws Swarm's date, which says nothing of quorums. It is judged
   * where the question asks in words of its own: not in a message that tells a story (whose
   * asking clause says too little), nor where it names several things whose meeting it asks about.
   * Even then its sentences may bear on what is asked ("Which Windows 10 build first ran Windows
   * containers?" is answered by a fact with "build" and "ran"): it goes only where they say too
   * little of it, and the question holds a word the knowledge base never uses or many it does.
   */
  private earnedByNames(reading: Reading, draft: Draft): boolean {
    if (reading.frame.context || reading.frame.asked.filter((e) => !e.concept).length >= NAMED_THINGS) return true;
    const asked = this.askedOf(reading);
    const names = draft.entities.flatMap(namesOf).map((t) => this.vocabulary(t));
    const unnamed = asked.filter((w) => !says(names, w));
    if (unnamed.length < UNANSWERED) return true;
    const { said, foreign } = this.coverage(reading, draft, asked);
    if (said.length >= asked.length * COVERED) return true;
    const unknown = foreign.some((w) => !said.includes(w));
    return !unknown && unnamed.length < UNANSWERED_KNOWN;
  }
}

// Where a sentence's clauses part: "I removed VirtualBox, so why does Docker still not start?"
const CLAUSES = /(?<=[,，;；])\s*/;
/** A clause with fewer asked words than this leaves what it asks to the rest of its sentence. */
const MIN_CLAUSE_WORDS = 2;
/** A clause of fewer words than this asks nothing alone. */
const CLAUSE_WORDS = 3;

/** The clause that asks: the asking sentence's last clause, when that is a question of its own. */
export function askingClause(question: string): string {
  const sentence = askingSentence(question);
  const parts = sentence.split(CLAUSES).filter((c) => c.trim() !== "");
  const last = parts.at(-1) ?? sentence;
  const words = last.match(/\p{Script=Han}|[\p{L}\p{N}]+/gu)?.length ?? 0;
  return parts.length > 1 && words >= CLAUSE_WORDS ? last : sentence;
}

/** Each executor's ground, by the name a draft carries. */
const GROUNDS_BY_NAME: ReadonlyMap<string, Ground> = new Map([...EXECUTORS, LOOSE].map((e) => [e.name, e.ground]));
/** The executors whose verdict rests on the question's words meeting a fact's. */
const WORD_MATCHED: ReadonlySet<string> = new Set(EXECUTORS.filter((e) => e.wordMatched).map((e) => e.name));

/** A verdict resting on a fact's words, outside a story (whose asking words settleVerdict judges). */
function isWordVerdict(reading: Reading, draft: Draft): boolean {
  return WORD_MATCHED.has(draft.by ?? "") && draft.verdict !== null && !reading.frame.context;
}

/**
 * "Is Docker on Windows built from the same source code as Docker on Linux?" asks nothing a
 * relation's type says: a relation between the two things named, chosen with no predicate or
 * relation word asked, answers only a question that says little more than their names ("wsl2 on
 * windows 10 hom").
 */
function isUnaskedRelation(reading: Reading, draft: Draft): boolean {
  return (
    draft.verdict !== null &&
    !reading.frame.context &&
    GROUNDS_BY_NAME.get(draft.by ?? "") === "relation" &&
    reading.frame.predicate === null &&
    reading.relationHints.length === 0
  );
}

/** How many texts' words are kept: the graph's texts an answer is made of, and the sentences composed from them. */
const MAX_TEXTS = 4_000;

const namesOf = (e: KbEntity) => [e.name.en, e.name["zh-Hans"], ...e.aliases];
