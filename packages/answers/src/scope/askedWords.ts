import type { Graph, KbLexiconEntry } from "@dockerwin/kb";
import { EntityMatcher } from "../read/EntityMatcher.js";
import { normalize, type Normalized } from "../read/normalize.js";
import { stem } from "../read/terms.js";
import { escapeRegExp } from "../text/escapeRegExp.js";

/** A word of what a question asks, with the words an answer may use for it instead. */
export interface AskedWord {
  word: string;
  /** The word and its synonyms of data/lexicon, as an answer's text would hold them. */
  forms: readonly string[];
  han: boolean;
}

const HAN = /\p{Script=Han}/u;
/** The roles whose cues say how a question asks (its type, predicate, qualifiers), not what about. */
const FRAME_ROLES: ReadonlySet<KbLexiconEntry["role"]> = new Set([
  "questionType",
  "predicate",
  "qualifier",
  "marker",
  "relation",
  "askedKind",
  "stop",
]);
/** A Chinese word of one character says too little to be looked for in an answer. */
const MIN_HAN = 2;

/**
 * The words that say what a question asks about, beyond the names of the knowledge base and the
 * lexicon's words for how it asks: in "How can I run a cron job every night inside WSL?" they are
 * cron, job and night; WSL is a name, and "how can I run" the question's frame. English words
 * are whole words of the question; Chinese ones are what Intl.Segmenter cuts from what the names
 * and cues leave, less the lexicon's stop characters and question words.
 */
export class AskedWords {
  private readonly matcher: EntityMatcher;
  /** English words of the frame roles' cues. */
  private readonly frameWords = new Set<string>();
  /** Chinese cues of the frame roles, folded, longest first. */
  private readonly frameCues: string[] = [];
  /** English cues of several words, folded; and cues that name a word by its beginning ("support*"). */
  private readonly framePhrases: string[] = [];
  private readonly framePrefixes: string[] = [];
  private readonly phrasePattern: RegExp | null;
  private readonly cuePattern: RegExp | null;
  private readonly prefixPattern: RegExp | null;
  private readonly synonyms = new Map<string, string[]>();
  private readonly stopChars = new Set<string>();
  private readonly stopPairs = new Set<string>();
  private readonly segmenter = new Intl.Segmenter("zh", { granularity: "word" });

  constructor(graph: Graph) {
    this.matcher = EntityMatcher.of(graph);
    for (const e of graph.bundle.lexicon ?? []) {
      const en = e.en.flatMap((c) => normalize(c.replace(/\.\.\./g, " ")).folded.split(" ")).filter((w) => w !== "");
      if (e.role === "synonym") {
        const forms = (e.value ?? "").split(" ").filter((w) => w !== "");
        for (const w of en) this.synonyms.set(w, [...(this.synonyms.get(w) ?? []), ...forms]);
        continue;
      }
      if (!FRAME_ROLES.has(e.role)) continue;
      if (e.role === "stop" && e.slot === "character") e.zh.forEach((c) => this.stopChars.add(normalize(c).compact));
      if (e.role === "stop" && e.slot === "pair") e.zh.forEach((c) => this.stopPairs.add(normalize(c).compact));
      for (const c of e.en) {
        // A cue of one word is a word of how questions ask wherever it stands; a cue of several
        // only where they stand together ("type two", not "two monitors").
        const folded = normalize(c.replace(/\*$/, "")).folded;
        if (c.includes("...")) c.split("...").forEach((p) => this.addPhrase(p));
        else if (c.endsWith("*")) this.framePrefixes.push(folded);
        else if (folded.includes(" ")) this.framePhrases.push(folded);
        else if (folded !== "") this.frameWords.add(folded);
      }
      // A stop character is no word alone, but blanking it would cut the words it is part of (功能).
      for (const c of e.role === "stop" && e.slot === "character" ? [] : e.zh) {
        const cue = normalize(c.replace(/\.\.\.|\^|\$/g, "")).compact;
        if (HAN.test(cue)) this.frameCues.push(cue);
      }
    }
    // One pattern each, longest first, so a question is scanned once rather than once a cue.
    this.phrasePattern = alternation(this.framePhrases, "(?<![a-z0-9])", "(?![a-z0-9])");
    this.cuePattern = alternation(this.frameCues, "", "");
    this.prefixPattern = alternation(this.framePrefixes, "^", "");
  }

  private addPhrase(part: string): void {
    const folded = normalize(part).folded;
    if (folded.includes(" ")) this.framePhrases.push(folded);
    else if (folded !== "") this.frameWords.add(folded);
  }

  /** Marks the words of each English phrase cue where the question has them together. */
  private markPhrases(q: Normalized, used: Uint8Array): void {
    if (!this.phrasePattern) return;
    // Where each character of the folded question stands in the compact one (spaces dropped).
    let toCompact: number[] | undefined;
    for (const m of matchesOf(this.phrasePattern, q.folded)) {
      toCompact ??= compactPositions(q.folded);
      used.fill(1, toCompact[m.index], toCompact[m.index + m[0].length - 1]! + 1);
    }
  }

  /** The asked words of a question, folded and with typos corrected as the reader read them. */
  of(q: Normalized): AskedWord[] {
    const used = new Uint8Array(q.compact.length);
    for (const m of this.matcher.match(q)) used.fill(1, m.start, m.end);
    this.markPhrases(q, used);
    if (this.cuePattern && HAN.test(q.compact))
      for (const m of matchesOf(this.cuePattern, q.compact)) used.fill(1, m.index, m.index + m[0].length);
    const out: AskedWord[] = [];
    // Chinese is cut into words whole, so a name or cue inside a run does not leave fragments
    // that read as words; a word that overlaps one is the name's or the cue's.
    let run = -1;
    const flush = (end: number) => {
      if (run >= 0) out.push(...this.hanWords(q.compact.slice(run, end), run, used));
      run = -1;
    };
    for (const t of q.tokens) {
      if (t.han) {
        if (run < 0) run = t.start;
        continue;
      }
      flush(t.start);
      const free = !marked(used, t.start, t.end);
      if (!free || t.text.length < 2 || /^\d/.test(t.text) || this.frameWords.has(t.text)) continue;
      if (this.prefixPattern?.test(t.text)) continue;
      out.push({ word: t.text, forms: [t.text, ...(this.synonyms.get(t.text) ?? [])], han: false });
    }
    flush(q.compact.length);
    // A word asked twice is asked once.
    return out.filter((w, i) => out.findIndex((o) => o.word === w.word) === i);
  }

  private hanWords(run: string, offset: number, used: Uint8Array): AskedWord[] {
    const out: AskedWord[] = [];
    const add = (chars: string[]) => {
      // "做了", "就好": a particle at either end is no part of what is asked.
      while (chars.length > 0 && this.stopChars.has(chars[0]!)) chars.shift();
      while (chars.length > 0 && this.stopChars.has(chars.at(-1)!)) chars.pop();
      const w = chars.join("");
      if (chars.length >= MIN_HAN && !this.stopPairs.has(w)) out.push({ word: w, forms: [w], han: true });
    };
    // Characters the segmenter's dictionary leaves one by one (定|时, 排|程) are a word together.
    let single: string[] = [];
    for (const s of this.segmenter.segment(run)) {
      const at = offset + s.index;
      const free = s.isWordLike && !marked(used, at, at + s.segment.length);
      if (free && s.segment.length === 1 && !this.stopChars.has(s.segment)) {
        single.push(s.segment);
        continue;
      }
      add(single);
      single = [];
      if (free) add([...s.segment]);
    }
    add(single);
    return out;
  }
}

/** Whether any position from start up to end is marked as a name's or a cue's (no view made per word). */
function marked(used: Uint8Array, start: number, end: number): boolean {
  for (let i = Math.max(0, start); i < Math.min(end, used.length); i++) if (used[i] === 1) return true;
  return false;
}

/** One pattern for a list of literal strings, longest first, between two assertions. */
function alternation(list: readonly string[], before: string, after: string): RegExp | null {
  if (list.length === 0) return null;
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length);
  const body = sorted.map(escapeRegExp).join("|");
  return new RegExp(`${before}(?:${body})${after}`, "g");
}

/** Every match of a global pattern, overlapping ones included (each start tried once). */
function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    yield m;
    pattern.lastIndex = m.index + 1;
  }
}

/** For each character of a folded text, its index in the text without spaces. */
function compactPositions(folded: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (const c of folded) {
    out.push(n);
    if (c !== " ") n++;
  }
  return out;
}

/** The words of a text as an asked word is looked for in it: English stems, and the compact text. */
export interface Vocabulary {
  stems: ReadonlySet<string>;
  compact: string;
}

export function vocabularyOf(text: string): Vocabulary {
  const n = normalize(text);
  return { stems: new Set(n.tokens.filter((t) => !t.han).map((t) => stem(t.text))), compact: n.compact };
}

/** Whether one of the texts says an asked word, or one of the words the lexicon gives for it. */
export function says(texts: Vocabulary | readonly Vocabulary[], w: AskedWord): boolean {
  const list: readonly Vocabulary[] = "stems" in texts ? [texts] : texts;
  return w.forms.some((f) => {
    const key = w.han ? f : stem(f);
    return list.some((v) => (w.han ? v.compact.includes(key) : v.stems.has(key)));
  });
}

/**
 * Every word a body of texts uses, for telling a word the knowledge base has never been told
 * about: English stems, and each pair of adjacent Chinese characters (a word is used where all
 * its pairs are), so that no word costs a search through all the texts.
 */
export class KnownWords {
  private readonly stems = new Set<string>();
  private readonly pairs = new Set<string>();

  constructor(texts: Iterable<string>) {
    for (const text of texts) {
      const { stems, compact } = vocabularyOf(text);
      for (const s of stems) this.stems.add(s);
      for (let i = 0; i + 1 < compact.length; i++)
        if (HAN.test(compact[i]!) && HAN.test(compact[i + 1]!)) this.pairs.add(compact.slice(i, i + 2));
    }
  }

  knows(w: AskedWord): boolean {
    return w.forms.some((f) => {
      if (!w.han) return this.stems.has(stem(f));
      for (let i = 0; i + 1 < f.length; i++) if (!this.pairs.has(f.slice(i, i + 2))) return false;
      return true;
    });
  }
}

/**
 * How many of a body of documents (the graph's facts, each in its languages) say a word: a word
 * few facts say is what those facts are about, and a fact that does not say it is about
 * something else.
 */
export class WordCounts {
  private readonly documents: readonly (readonly Vocabulary[])[];
  private readonly counts = new Map<string, number>();

  constructor(documents: Iterable<readonly string[]>) {
    this.documents = [...documents].map((texts) => texts.map(vocabularyOf));
  }

  count(w: AskedWord): number {
    const key = `${w.han ? "h" : "l"}:${w.forms.join("|")}`;
    let n = this.counts.get(key);
    if (n === undefined) {
      n = this.documents.filter((texts) => says(texts, w)).length;
      // Questions bring endless new words: the count is kept for a while, not for ever.
      if (this.counts.size >= MAX_COUNTED) this.counts.clear();
      this.counts.set(key, n);
    }
    return n;
  }
}

/** Words whose counts are kept at most. */
const MAX_COUNTED = 5_000;
