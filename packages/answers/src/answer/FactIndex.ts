import {
  foldToSimplified,
  type EntityKind,
  type Graph,
  type KbClaim,
  type KbEntity,
  type KbEvent,
  type KbFact,
} from "@dockerwin/kb";
import { askingSentence } from "../read/Frame.js";
import type { Reading } from "../read/Reading.js";
import { EntityMatcher } from "../read/EntityMatcher.js";
import { lexiconOf, type Lexicon } from "../read/Lexicon.js";
import { normalize } from "../read/normalize.js";
import { Terms } from "../read/terms.js";

/**
 * A question's terms, each with how much it counts: the words of the sentence that asks count
 * in full, the story around it ("I run Windows 10 Home and VirtualBox. …") for less.
 */
export type WeightedTerms = ReadonlyMap<string, number>;

/** How much a word of a message's story counts beside a word of its question. */
const CONTEXT = 0.3;
/** How much a word of the asking sentence counts beside one of the clause that asks. */
const SENTENCE = 0.6;

// Where a sentence's clauses part: "Linux uses cgroups, Windows has none, so what limits it?"
const CLAUSES = /(?<=[,，;；])\s*/;

/**
 * The sentences that ask (each ending in a question mark, else the asking sentence), and in
 * each the clause that asks: its last, when that clause is a question of its own (three words
 * or more) and the sentence has more than one.
 */
function focusOf(question: string): { sentences: string; clauses: string } {
  const marked = question.split(/(?<=[?？])/).filter((q) => /[?？]\s*$/.test(q));
  const asking = marked.length > 1 ? marked : [askingSentence(question)];
  const clauses = asking.map((sentence) => {
    const parts = sentence.split(CLAUSES).filter((c) => c.trim() !== "");
    const last = parts.at(-1) ?? sentence;
    const words = last.match(/\p{Script=Han}|[\p{L}\p{N}]+/gu)?.length ?? 0;
    return parts.length > 1 && words >= 3 ? last : sentence;
  });
  return { sentences: asking.join(" "), clauses: clauses.join(" ") };
}

/** Kinds whose members are alternatives to one another: a fact about one says nothing of another. */
const RIVAL_KINDS: ReadonlySet<EntityKind> = new Set(["HYPERVISOR", "OS_VERSION", "CONTAINER_TYPE"]);

/**
 * A version number: two or more parts ("6.0", "15.5.5", "2.3.0.2"), its first part short, so a
 * build with its revision ("19041.264") and a date are not one, nor the name of Windows 8.1.
 */
const VERSION = /(?<![\d.]|windows (?=\d\.))\d{1,2}(?:\.\d+)+(?!\d|\.\d)/i;

// BM25's constants: how soon a shared word stops adding, and how much length counts.
const K1 = 1.2;
const B = 0.75;

/**
 * Facts ranked by the subject-matter words they share with a question, each word weighted by
 * how rare it is (so "default" counts for more than "windows"). Built once per graph.
 */
export class FactIndex {
  private readonly termsByFact = new Map<string, Set<string>>();
  private readonly termsByClaim = new Map<string, Set<string>>();
  private readonly factsByTerm = new Map<string, KbFact[]>();
  /** Each indexed fact's place, for the per-list score sums. */
  private readonly factAt = new Map<string, number>();
  private readonly idf = new Map<string, number>();
  private readonly termsByEvent = new Map<string, Set<string>>();
  private readonly factsByEvent = new Map<string, readonly KbFact[]>();
  /** Per fact, how much a shared word counts given the fact's length (BM25's length norm). */
  private readonly lengthNorm = new Map<string, number>();
  private readonly weights = new WeakMap<Reading, WeightedTerms>();
  private readonly lists = new WeakMap<readonly string[] | WeightedTerms, TermList>();
  private lastTerms: readonly string[] | WeightedTerms | null = null;
  private lastList: TermList | null = null;
  /** Per fact, the predicates of data/lexicon its text expresses in either language. */
  private readonly predicatesByFact = new Map<string, ReadonlySet<string>>();
  private readonly predicateIdf = new Map<string, number>();
  /** A reading's predicates, each once: weighed against fact after fact. */
  private readonly predicatesAsked = new WeakMap<Reading, readonly string[]>();
  private readonly focused = new WeakMap<Reading, ReadonlySet<string>>();
  private readonly subjects = new WeakMap<Reading, Subjects>();
  /** The facts whose text states a version number ("15.5.5", "6.0", "23.0"). */
  private readonly versioned = new Set<string>();
  private readonly versionAsked = new WeakMap<Reading, boolean>();
  private readonly lexicon: Lexicon;
  /** Finds the entities a clause names, the way the reader finds a question's. */
  private readonly matcher: EntityMatcher;

  /** How texts are cut into terms, with the stop words of data/lexicon: questions are cut the same way. */
  readonly terms: Terms;

  constructor(private readonly graph: Graph) {
    const lexicon = lexiconOf(graph);
    this.lexicon = lexicon;
    this.matcher = EntityMatcher.of(graph);
    this.terms = new Terms(lexicon);
    const df = new Map<string, number>();
    const predicateDf = new Map<string, number>();
    for (const f of graph.bundle.facts) {
      const terms = new Set(this.terms.of(`${f.text.en} ${f.text["zh-Hans"]}`));
      // "Inside a VM" in a question meets "nested virtualization" in a fact: the qualifier, as a
      // term of its own, is shared whichever of its cue words each uses.
      for (const t of [f.text.en, f.text["zh-Hans"]])
        for (const h of lexicon.find(normalize(t), "qualifier"))
          if (SUBJECT_SLOTS.has(h.entry.slot ?? "")) terms.add(qualifierTerm(h.entry.slot ?? "", h.entry.value ?? ""));
      this.termsByFact.set(f.id, terms);
      if (!this.factAt.has(f.id)) this.factAt.set(f.id, this.factAt.size);
      for (const t of terms) {
        df.set(t, (df.get(t) ?? 0) + 1);
        const list = this.factsByTerm.get(t);
        if (list) list.push(f);
        else this.factsByTerm.set(t, [f]);
      }
    }
    for (const f of graph.bundle.facts) if (FactIndex.statesVersion(f.text.en)) this.versioned.add(f.id);
    for (const f of graph.bundle.facts) {
      // "並存" in a question meets "alongside" in a fact: the predicate, not the word, is shared.
      const said = new Set(
        [f.text.en, f.text["zh-Hans"]].flatMap((t) => lexicon.find(normalize(t), "predicate").map((h) => h.entry.id)),
      );
      this.predicatesByFact.set(f.id, said);
      for (const p of said) predicateDf.set(p, (predicateDf.get(p) ?? 0) + 1);
    }
    const n = graph.bundle.facts.length + 1;
    for (const [p, count] of predicateDf) this.predicateIdf.set(p, Math.log(n / count));
    let total = 0;
    for (const t of this.termsByFact.values()) total += t.size;
    const avg = total / Math.max(1, this.termsByFact.size);
    for (const [id, t] of this.termsByFact) {
      this.lengthNorm.set(id, (K1 + 1) / (1 + K1 * (1 - B + (B * t.size) / avg)));
    }
    for (const [t, count] of df) this.idf.set(t, Math.log(n / count));
    for (const ev of graph.bundle.events) {
      this.termsByEvent.set(ev.id, new Set(this.terms.of(`${ev.title.en} ${ev.title["zh-Hans"]}`)));
    }
    for (const c of graph.bundle.claims) {
      this.termsByClaim.set(c.id, new Set(this.terms.of(`${c.claim.en} ${c.claim["zh-Hans"]}`)));
    }
  }

  /**
   * How well a fact matches the question's terms. What only the source article says counts for
   * half, so a sourced fact answers before the article's word for it.
   */
  score(fact: KbFact, terms: readonly string[] | WeightedTerms): number {
    const list = this.listOf(terms);
    // A list scored against many facts adds its gains up once, fact by fact along each word's
    // postings: the same sums, in the same order, as the loop below, at a fraction of the cost.
    if (list.sums === undefined && ++list.uses > SUMS_AFTER) list.sums = this.sumsOf(list);
    let s: number;
    if (list.sums !== undefined) {
      const at = this.factAt.get(fact.id);
      if (at === undefined) return 0;
      s = list.sums[at]!;
    } else {
      const own = this.termsByFact.get(fact.id);
      if (!own) return 0;
      const { known, gains } = list;
      s = 0;
      for (let i = 0; i < known.length; i++) if (own.has(known[i]!)) s += gains[i]!;
    }
    return fact.certainty === "CONFIRMED" ? s : s / 2;
  }

  /** Every fact's score for a list of terms, from the postings of the words some fact uses. */
  private sumsOf({ known, gains }: TermList): Float64Array {
    // One number per fact, by its place in the bundle: lists stay cached with their readings.
    const sums = new Float64Array(this.factAt.size);
    for (let i = 0; i < known.length; i++) {
      const gain = gains[i]!;
      for (const f of this.factsByTerm.get(known[i]!) ?? []) sums[this.factAt.get(f.id)!]! += gain;
    }
    return sums;
  }

  /**
   * A question's terms as two lists, each word once with its weight (1 where none is given): one
   * question scores hundreds of facts against the same terms, so they are laid out once per
   * question, not once per fact.
   */
  private listOf(terms: readonly string[] | WeightedTerms): TermList {
    // One question's terms are scored against fact after fact: the last list is at hand.
    if (terms === this.lastTerms && this.lastList) return this.lastList;
    let list = this.lists.get(terms);
    if (!list) {
      const words: string[] = [];
      const weights: number[] = [];
      if (isWeighted(terms))
        for (const [t, w] of terms) {
          words.push(t);
          weights.push(w);
        }
      else
        for (const t of new Set(terms)) {
          words.push(t);
          weights.push(1);
        }
      // A word no fact uses adds nothing to any fact's score: only the others are looked up.
      const known: string[] = [];
      const gains: number[] = [];
      words.forEach((w, i) => {
        const gain = (this.idf.get(w) ?? 0) * weights[i]!;
        if (gain !== 0) {
          known.push(w);
          gains.push(gain);
        }
      });
      this.lists.set(terms, (list = { words, weights, known, gains, uses: 0 }));
    }
    this.lastTerms = terms;
    this.lastList = list;
    return list;
  }

  /**
   * The score weighed by the fact's length, for choosing among facts: a long fact shares many
   * words with any question by chance, a short one that shares as many says more about it.
   * Thresholds stay on the plain score.
   */
  focusedScore(fact: KbFact, terms: readonly string[] | WeightedTerms): number {
    return this.score(fact, terms) * (this.lengthNorm.get(fact.id) ?? 1);
  }

  /**
   * The reading's terms weighed by where they stand: in a message that tells a story before it
   * asks, the asking sentence's words choose the facts and the story's only break ties. A
   * message that is its question weighs every word alike. Worked out once per reading.
   */
  weigh(reading: Reading): WeightedTerms {
    const known = this.weights.get(reading);
    if (known) return known;
    const { sentences, clauses } = focusOf(reading.question);
    // The reading's terms are of the question folded to Simplified; so are these.
    const termsIn = (text: string) => new Set(this.terms.ofQuestion(foldToSimplified(text)));
    const inSentences = sentences === reading.question ? null : termsIn(sentences);
    const inClauses = clauses === sentences ? null : termsIn(clauses);
    const weights = new Map<string, number>();
    for (const t of reading.terms) {
      const asked = inSentences === null || inSentences.has(t);
      weights.set(t, inClauses?.has(t) ? 1 : asked ? (inClauses ? SENTENCE : 1) : CONTEXT);
    }
    // What narrows the question (in a VM, on Arm, in production) holds for the whole message.
    for (const q of reading.frame.qualifiers)
      if (SUBJECT_SLOTS.has(q.slot)) weights.set(qualifierTerm(q.slot, q.value), 1);
    this.weights.set(reading, weights);
    return weights;
  }

  /**
   * How much a fact says what the question asks of its subject: each predicate of the question's
   * frame the fact expresses, in any of its cue words and either language, as rare as it is among
   * facts ("run" says little, "coexist" much).
   */
  predicateScore(fact: KbFact, reading: Reading): number {
    const own = this.predicatesByFact.get(fact.id);
    if (!own || own.size === 0) return 0;
    let predicates = this.predicatesAsked.get(reading);
    if (!predicates) this.predicatesAsked.set(reading, (predicates = [...new Set(reading.frame.predicates)]));
    let s = 0;
    for (const p of predicates) if (own.has(p)) s += this.predicateIdf.get(p) ?? 0;
    return fact.certainty === "CONFIRMED" ? s : s / 2;
  }

  /**
   * The entities the clause that asks names ("…, so what limits Windows containers?"), when it
   * names fewer than the whole message: what the answer must be about, beside the story's.
   * Empty when the message is its question.
   */
  focusEntities(reading: Reading): ReadonlySet<string> {
    const known = this.focused.get(reading);
    if (known) return known;
    const { clauses } = focusOf(reading.question);
    // A follow-up's subject comes from before; a concept word ("the VM") names no subject.
    const inClause =
      reading.followUp || clauses === reading.question
        ? []
        : this.matcher.match(normalize(foldToSimplified(clauses))).map((m) => m.entity.slug);
    const named = new Set(reading.entities.filter((e) => !e.concept && inClause.includes(e.slug)).map((e) => e.slug));
    const focus = named.size > 0 && named.size < reading.entities.length ? named : new Set<string>();
    this.focused.set(reading, focus);
    return focus;
  }

  /**
   * Whether a fact is about a sibling of what the question names instead of about it: asked of
   * VMware Workstation and Hyper-V, a fact on VirtualBox and Hyper-V names another hypervisor in
   * VMware Workstation's place. A sibling is an entity of the same kind that the question does not
   * name, where the fact names neither the named one nor a version or part of it, of a kind whose
   * members stand in for each other (one hypervisor, one Windows release, one kind of container
   * for another; a product or a technology is often a part of what is named, not a rival). A
   * thing of the kind the question asks for ("which hypervisor…") is the answer, not a sibling,
   * and concept words ("a VM") name no subject.
   */
  offSubject(fact: KbFact, reading: Reading): boolean {
    const { named, kin } = this.subjectsOf(reading);
    if (named.length === 0) return false;
    const own = fact.entities.flatMap((s) => this.graph.entity(s) ?? []);
    return named.some(
      (e) =>
        !own.some((x) => kin.get(e.slug)!.has(x.slug)) &&
        own.some(
          (x) =>
            x.kind === e.kind &&
            RIVAL_KINDS.has(x.kind) &&
            !x.concept &&
            x.kind !== reading.askedKind &&
            !named.some((n) => kin.get(n.slug)!.has(x.slug)),
        ),
    );
  }

  /**
   * Whether the question asks for a version of what it names ("From which release can VMware
   * Workstation run beside Hyper-V?", "LCOW 在哪个版本被移除？"): a release word of data/lexicon in
   * the sentence that asks, in a question that asks for something (not yes or no, not a date,
   * not what a thing is: "What's the Fall Creators Update?") and not for one of an OS's releases.
   */
  asksVersion(reading: Reading): boolean {
    const known = this.versionAsked.get(reading);
    if (known !== undefined) return known;
    // "Which Windows Server release was the first with Hyper-V?" asks for an OS release by name.
    const subject = reading.frame.asked[0] ?? reading.entities[0];
    const asks =
      (reading.intent === "LIST" || reading.intent === "UNKNOWN") &&
      reading.askedKind === null &&
      subject?.kind !== "OS_VERSION" &&
      this.lexicon.find(normalize(foldToSimplified(askingSentence(reading.question))), "marker", "releaseAsked")
        .length > 0;
    this.versionAsked.set(reading, asks);
    return asks;
  }

  /** Whether a fact states a version number, the value a question for a version asks. */
  statesVersion(fact: KbFact): boolean {
    return this.versioned.has(fact.id);
  }

  /** Whether a sentence states a version number. */
  static statesVersion(text: string): boolean {
    return VERSION.test(text);
  }

  /** The subjects a question names and, for each, itself with its versions and parts. */
  private subjectsOf(reading: Reading): Subjects {
    const known = this.subjects.get(reading);
    if (known) return known;
    const asked = reading.frame.asked.filter((e) => !e.concept);
    const named = asked.length > 0 && !reading.followUp ? asked : reading.entities.filter((e) => !e.concept);
    const kin = new Map<string, ReadonlySet<string>>();
    for (const e of named) {
      const family = new Set([e.slug]);
      for (const type of ["VERSION_OF", "PART_OF"] as const)
        for (const n of this.graph.neighbours(e.slug, { type })) family.add(n.entity.slug);
      kin.set(e.slug, family);
    }
    const subjects = { named, kin };
    this.subjects.set(reading, subjects);
    return subjects;
  }

  /** The terms that count in full: those of the clause that asks. */
  asked(reading: Reading): string[] {
    const weights = this.weigh(reading);
    return reading.terms.filter((t) => weights.get(t) === 1);
  }

  claimScore(claim: KbClaim, terms: readonly string[]): number {
    const own = this.termsByClaim.get(claim.id);
    if (!own) return 0;
    let s = 0;
    for (const t of this.listOf(terms).words) if (own.has(t)) s += this.idf.get(t) ?? 1;
    return s;
  }

  /** The best facts among candidates, or among all facts sharing a term when none are given. */
  rank(terms: readonly string[], candidates?: readonly KbFact[], limit = 3): { fact: KbFact; score: number }[] {
    const pool = candidates ?? [...new Set(terms.flatMap((t) => this.factsByTerm.get(t) ?? []))];
    return pool
      .map((fact) => ({ fact, score: this.score(fact, terms) }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  /**
   * How many of the question's words an event's title shares, each weighed by where it stands,
   * so the story's "Insider" does not choose the event a question about general availability
   * asks for. Titles are short and all about their subject: a shared word counts whatever its rarity.
   */
  eventScore(ev: KbEvent, terms: WeightedTerms): number {
    const own = this.termsByEvent.get(ev.id);
    if (!own) return 0;
    // The terms as laid out once per question, in their order: the event after event of a question.
    const { words, weights } = this.listOf(terms);
    let s = 0;
    for (let i = 0; i < words.length; i++) if (own.has(words[i]!)) s += weights[i]!;
    return s;
  }

  /** An event's facts, looked up once. */
  eventFacts(ev: KbEvent): readonly KbFact[] {
    let facts = this.factsByEvent.get(ev.id);
    if (!facts) this.factsByEvent.set(ev.id, (facts = ev.facts.flatMap((id) => this.graph.fact(id) ?? [])));
    return facts;
  }

  /** The terms of an event's title, worked out once. */
  eventTerms(ev: KbEvent): ReadonlySet<string> {
    return this.termsByEvent.get(ev.id) ?? new Set();
  }

  /** Words no fact uses carry no weight: the question is probably about something else. */
  known(term: string): boolean {
    return this.idf.has(term);
  }
}

/**
 * The qualifiers that say what the question is about (a processor, a VM, production use, who
 * pays, a company's size, a phase of support), and so are shared with a fact as its words are;
 * "only", "still" and "without" shape how a question reads, and an edition is the reader's.
 */
const SUBJECT_SLOTS: ReadonlySet<string> = new Set(["arch", "host", "use", "audience", "size", "phase"]);

/** The term a qualifier of data/lexicon stands for in facts and questions alike. */
const qualifierTerm = (slot: string, value: string) => `§${slot}=${value}`;

interface Subjects {
  named: readonly KbEntity[];
  kin: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Scored against more facts than this, a question's terms are summed for every fact at once. */
const SUMS_AFTER = 8;

interface TermList {
  words: readonly string[];
  weights: readonly number[];
  /** The words some fact uses, each with what it adds to a fact's score (its rarity times its weight). */
  known: readonly string[];
  gains: readonly number[];
  /** How often the list was scored, and past SUMS_AFTER times, every fact's score at once. */
  uses: number;
  sums?: Float64Array;
}

function isWeighted(terms: readonly string[] | WeightedTerms): terms is WeightedTerms {
  return terms instanceof Map;
}
