import Fuse, { type FuseResult, type IFuseOptions } from "fuse.js";
import type { KbErrorEntry } from "../compile/KbError.js";
import { codeForms, codesIn, errorTokens, normaliseErrorText } from "./normaliseErrorText.js";

/** One entry a pasted text points to, with how sure the match is (0 to 1, higher is better). */
export interface ErrorMatch {
  entry: KbErrorEntry;
  score: number;
  /** CODE when the paste names one of the entry's codes, MESSAGE when its words match a message. */
  matchedBy: "CODE" | "MESSAGE";
  /** The code or the message of the entry that matched. */
  matched: string;
}

export interface MatchOptions {
  /** How many entries at most; 5 by default. */
  first?: number;
  /**
   * Whether a fragment or a misspelt word may find its message (Fuse over the messages, typo
   * correction of the paste's words); true by default. A text not known to be a paste asks only
   * for codes and messages word for word, which the fuzzy pass never adds.
   */
  fuzzy?: boolean;
}

export interface MessageDoc {
  entry: KbErrorEntry;
  /** Its place in the matcher's list of messages. */
  place: number;
  text: string;
  norm: string;
  /** `norm` with a space either side, to find it word for word in a paste. */
  spaced: string;
  tokens: ReadonlySet<string>;
  /** `norm` as Fuse reads it (lower case), for the bound on its score. */
  folded: string;
}

/** Pastes are cut here: the message is near the start, and the rest is stack traces and JSON. */
const MAX_SCAN = 4_000;
/** Below this a message match is more likely a shared word than the same error. */
const MIN_SCORE = 0.55;
/** A word of a paste that is not in any message is corrected to one within this Fuse score. */
const TYPO_SCORE = 0.25;
const MAX_CORRECTIONS = 10_000;

/**
 * Finds the error entries a pasted text is about. A code the paste names settles it (score 1);
 * otherwise the paste's words are weighed against every message, rare words counting more than
 * common ones, and short pastes are also searched fuzzily over the messages with Fuse, so a
 * fragment ("vmcompute.dll") or a typo still finds its entry.
 */
export class ErrorMatcher {
  private readonly docs: MessageDoc[];
  /**
   * Each message's words laid end to end, message after message in the order of `docs`, each in
   * the order of its `tokens`: message i holds the places `starts[i]` to `starts[i + 1]`.
   * A paste marks the places of its words, and a message's shared weight is summed over its
   * marked places in order, as it was summed over its words: the same sum, bit for bit.
   */
  private readonly starts: Int32Array;
  /** The inverse document frequency of the word at each place. */
  private readonly weights: Float64Array;
  /** Each message's whole weight, summed in the order of its words. */
  private readonly totals: Float64Array;
  /** The places each word stands at, over all messages: a paste is weighed only against messages it shares a word with. */
  private readonly placesOf = new Map<string, Int32Array>();
  /** The message each place belongs to. */
  private readonly docOf: Int32Array;
  /** Scratch for one match: the places the paste's words mark, and the messages they touch. */
  private readonly marked: Uint8Array;
  private readonly touched: Uint8Array;
  /** Each entry's codes in every form they are printed in, to tell a paste that contradicts them. */
  private readonly forms = new Map<KbErrorEntry, readonly string[]>();
  private readonly byCode = new Map<string, KbErrorEntry>();
  private readonly idf = new Map<string, number>();
  private readonly maxIdf: number;
  private readonly vocabulary: Fuse<string>;
  /** The signs an entry's message match needs in the paste, as one pattern, for entries that list any. */
  private readonly signs = new Map<KbErrorEntry, RegExp>();
  /** Typo corrections already looked up; bounded, since pastes bring endless new words. */
  private readonly corrections = new Map<string, string>();

  constructor(entries: readonly KbErrorEntry[]) {
    this.docs = entries
      .flatMap((entry) => entry.messages.map((m) => ({ entry, text: m.text })))
      .map(({ entry, text }, place) => {
        const norm = normaliseErrorText(text);
        const tokens = new Set(errorTokens(norm));
        return { entry, place, text, norm, spaced: ` ${norm} `, tokens, folded: norm.toLowerCase() };
      });
    for (const e of entries) for (const c of e.codes) for (const f of codeForms(c)) this.byCode.set(f, e);
    for (const e of entries) if (e.signs.length > 0) this.signs.set(e, signPattern(e.signs));
    // Inverse document frequency over messages: "container" says less than "vmcompute".
    const df = new Map<string, number>();
    for (const d of this.docs) for (const t of d.tokens) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) this.idf.set(t, Math.log(1 + this.docs.length / n));
    const size = this.docs.reduce((n, d) => n + d.tokens.size, 0);
    this.starts = new Int32Array(this.docs.length + 1);
    this.weights = new Float64Array(size);
    this.totals = new Float64Array(this.docs.length);
    this.docOf = new Int32Array(size);
    this.marked = new Uint8Array(size);
    this.touched = new Uint8Array(this.docs.length);
    const places = new Map<string, number[]>();
    let at = 0;
    this.docs.forEach((d, i) => {
      this.starts[i] = at;
      let total = 0;
      for (const t of d.tokens) {
        const w = this.idf.get(t) ?? 0;
        total += w;
        this.weights[at] = w;
        this.docOf[at] = i;
        const list = places.get(t);
        if (list) list.push(at);
        else places.set(t, [at]);
        at++;
      }
      this.totals[i] = total;
    });
    this.starts[this.docs.length] = at;
    for (const [t, list] of places) this.placesOf.set(t, Int32Array.from(list));
    for (const e of entries) this.forms.set(e, e.codes.flatMap(codeForms));
    this.maxIdf = Math.log(1 + this.docs.length);
    this.vocabulary = new Fuse(
      [...df.keys()].filter((t) => t.length >= 5),
      {
        includeScore: true,
        threshold: TYPO_SCORE,
        ignoreLocation: true,
      },
    );
  }

  match(text: string, opts: MatchOptions = {}): ErrorMatch[] {
    const first = opts.first ?? 5;
    const raw = text.slice(0, MAX_SCAN);
    const best = new Map<string, ErrorMatch>();
    const keep = (m: ErrorMatch) => {
      const had = best.get(m.entry.slug);
      if (!had || had.score < m.score) best.set(m.entry.slug, m);
    };

    const pasted = codesIn(raw).map((c) => c.toLowerCase());
    // An entry whose own codes are all missing from a paste that prints codes is contradicted by
    // it: "WslRegisterDistribution failed with error: 0x80370114" is not the 0x800701bc entry,
    // however alike the words around the codes are.
    const contradicted = (e: KbErrorEntry) => {
      const forms = this.forms.get(e) ?? [];
      return pasted.length > 0 && forms.length > 0 && !forms.some((f) => pasted.includes(f));
    };
    // "COPY failed: stat …/package.json: no such file or directory" shares a CRLF script's words
    // but none of its signs (exec, ^M, an entrypoint): the file is missing for another reason.
    const unsigned = (e: KbErrorEntry) => this.signs.get(e)?.test(raw) === false;
    const keepMessage = (entry: KbErrorEntry, score: number, matched: string) => {
      // Halving or dropping only lowers a score: one already below the bar is not tested.
      if (score < MIN_SCORE || unsigned(entry)) return;
      const s = contradicted(entry) ? score * 0.5 : score;
      if (s >= MIN_SCORE) keep({ entry, score: s, matchedBy: "MESSAGE", matched });
    };

    for (const code of pasted) {
      const entry = this.byCode.get(code);
      if (entry)
        keep({
          entry,
          score: 1,
          matchedBy: "CODE",
          matched: entry.codes.find((c) => codeForms(c).includes(code)) ?? code,
        });
    }

    const norm = normaliseErrorText(raw);
    const fuzzy = opts.fuzzy ?? true;
    const words = new Set(errorTokens(norm));
    const tokens = fuzzy ? this.correct(words) : words;
    if (tokens.size > 0) {
      const pasteWeight = [...tokens].reduce((n, t) => n + (this.idf.get(t) ?? this.maxIdf), 0);
      // The share of the paste each message explains, by its place, for the fuzzy pass alone;
      // and those of half the paste or more, in the messages' order.
      const explained = fuzzy ? new Float64Array(this.docs.length) : null;
      const shares: number[] = [];
      // A message that shares no word with the paste explains none of it and scores nothing.
      for (const t of tokens) {
        const places = this.placesOf.get(t);
        if (places === undefined) continue;
        for (const p of places) {
          this.marked[p] = 1;
          this.touched[this.docOf[p]!] = 1;
        }
      }
      const spaced = ` ${norm} `;
      for (let i = 0; i < this.docs.length; i++) {
        if (this.touched[i] === 0) continue;
        this.touched[i] = 0;
        const d = this.docs[i]!;
        const w = this.weigh(i, spaced, tokens.size, pasteWeight);
        if (explained) explained[i] = w.explained;
        if (w.explained >= 0.5) shares.push(w.explained);
        keepMessage(d.entry, w.score, d.text);
      }
      // A short paste is a fragment of a message: let Fuse find it even when words are cut,
      // as long as most of the paste's words are the message's (Fuse alone is too lenient).
      // Where no message explains half the paste, Fuse could offer nothing: it is not run.
      if (explained && shares.length > 0 && norm.length <= 64 && norm.length >= 6) {
        for (const r of this.fuzzySearch(norm, explained, shares, first)) {
          const share = explained[r.item.place]!;
          const score = Math.min(0.85, 1 - (r.score ?? 1)) * (0.5 + 0.5 * share);
          if (share >= 0.5) keepMessage(r.item.entry, score, r.item.text);
        }
      }
    }

    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.entry.slug.localeCompare(b.entry.slug))
      .slice(0, first)
      .map((m) => ({ ...m, score: Math.round(m.score * 1000) / 1000 }));
  }

  /**
   * Fuse's first `limit` hits for the paste over every message, computed over fewer of them.
   * A hit is kept only for a message explaining half the paste and scoring at least MIN_SCORE,
   * which bounds the Fuse score such a message can have; a message that could outrank it must
   * score no worse. Every message is given a lower bound on its Fuse score (the fewest edits
   * that find each of Fuse's 32-character pieces of the paste in it, which Fuse's own count can
   * only exceed), and Fuse is run over the messages that share enough words with the paste and
   * those whose bound does not rule them out, in their order: the hits that can be kept, and
   * what outranks them, are Fuse's over all messages, so a poor message that ranks first still
   * pushes a kept one out of the top `limit` as before.
   */
  private fuzzySearch(
    norm: string,
    /** The share of the paste each message explains, by its place. */
    explained: Float64Array,
    shares: readonly number[],
    limit: number,
  ): FuseResult<MessageDoc>[] {
    // The worst Fuse score a message explaining `share` of the paste may have and still be kept.
    const reach = Math.max(...shares.map((share) => 1 - MIN_SCORE / (0.5 + 0.5 * share)));
    const pieces = fusePieces(norm.toLowerCase()).map(patternMasks);
    const docs = this.docs.filter((d) => {
      if (explained[d.place]! >= 0.5) return true;
      // The pieces' shares of edits, averaged as Fuse averages their scores; a message already
      // past reach on its first pieces is not searched for the rest.
      let edits = 0;
      for (const p of pieces) {
        edits += editsToFind(p, d.folded) / p.length;
        if (edits / pieces.length > reach + 1e-9) return false;
      }
      return true;
    });
    return new Fuse(docs, FUZZY_MESSAGES).search(norm, { limit });
  }

  /**
   * How well one message explains the paste: the share of the message's weight found in the
   * paste (a long log holds the whole message), or the share of the paste's weight found in
   * the message (a fragment). The whole message standing in the paste, word for word, is near
   * certain.
   */
  private weigh(
    /** The message's place in `docs`; the places of its words the paste holds are marked, and are cleared here. */
    i: number,
    /** The paste's normalised text with a space either side. */
    spaced: string,
    /** How many words the paste has. */
    size: number,
    pasteWeight: number,
  ): { score: number; explained: number } {
    const d = this.docs[i]!;
    let shared = 0;
    for (let p = this.starts[i]!; p < this.starts[i + 1]!; p++) {
      if (this.marked[p] === 0) continue;
      this.marked[p] = 0;
      shared += this.weights[p]!;
    }
    const total = this.totals[i]!;
    if (shared === 0 || total === 0) return { score: 0, explained: 0 };
    const explained = shared / pasteWeight;
    // Each test below holds only where all of one side's words are the other's: the message's
    // (its weight all shared, summed alike) or the paste's (all its weight shared, up to rounding).
    if (shared === total && d.norm.length >= 12 && spaced.includes(d.spaced)) return { score: 0.97, explained };
    const covered = shared / total;
    // The paste is a piece of the message, word for word: a line copied out of it.
    if (explained > 1 - 1e-9 && spaced.length >= 18 && d.spaced.includes(spaced)) return { score: 0.9, explained };
    // Squared: a short message missing its one rare word ("starting") is not that message.
    // A fragment is judged by how much of it the message explains, discounted so a two-word
    // paste never outranks a full match.
    const fragment = explained * Math.min(1, size / 4) * (0.5 + 0.5 * covered) * 0.95;
    return { score: Math.max(covered * covered * 0.95, fragment), explained };
  }

  /** Words not found in any message are replaced by the closest message word, if one is close. */
  private correct(tokens: ReadonlySet<string>): Set<string> {
    const out = new Set<string>();
    for (const t of tokens) {
      if (this.idf.has(t) || t.length < 5 || /\p{Script=Han}/u.test(t)) {
        out.add(t);
        continue;
      }
      let fixed = this.corrections.get(t);
      if (fixed === undefined) {
        const hit = this.vocabulary.search(t, { limit: 1 })[0];
        fixed = hit && (hit.score ?? 1) <= TYPO_SCORE ? hit.item : t;
        if (this.corrections.size >= MAX_CORRECTIONS) this.corrections.clear();
        this.corrections.set(t, fixed);
      }
      out.add(fixed);
    }
    return out;
  }
}

/** Fuse over the messages: a fragment is judged by how much of it is found, not by how long the message is. */
export const FUZZY_MESSAGES: IFuseOptions<MessageDoc> = {
  keys: ["norm"],
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.45,
  minMatchCharLength: 3,
};

/** Fuse cuts a pattern longer than 32 characters into 32-character pieces, the last ending where it ends. */
function fusePieces(pattern: string): string[] {
  if (pattern.length <= 32) return [pattern];
  const pieces: string[] = [];
  const whole = pattern.length - (pattern.length % 32);
  for (let i = 0; i < whole; i += 32) pieces.push(pattern.slice(i, i + 32));
  if (pattern.length % 32) pieces.push(pattern.slice(pattern.length - 32));
  return pieces;
}

interface PatternMasks {
  length: number;
  /** For each character code below 128, the bits of the places it stands at in the pattern. */
  ascii: Int32Array;
  /** The same for other UTF-16 units. */
  other: Map<number, number>;
}

function patternMasks(pattern: string): PatternMasks {
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 128) ascii[c]! |= 1 << i;
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  return { length: pattern.length, ascii, other };
}

/**
 * The fewest edits (insertions, deletions, substitutions) that turn a pattern of at most 32
 * characters into some stretch of `text`: Myers' bit-vector algorithm, one pass over the text.
 */
export function editsToFind({ length: m, ascii, other }: PatternMasks, text: string): number {
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < text.length && best > 0; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 128 ? ascii[c]! : (other.get(c) ?? 0);
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  return best;
}

/** One case-insensitive pattern for an entry's signs: a sign's Latin letters at its edges are a word's. */
function signPattern(signs: readonly string[]): RegExp {
  const one = (sign: string) => {
    const body = sign.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return `${/^[a-z]/i.test(sign) ? "(?<![a-z])" : ""}${body}${/[a-z]$/i.test(sign) ? "(?![a-z])" : ""}`;
  };
  return new RegExp(signs.map(one).join("|"), "i");
}
