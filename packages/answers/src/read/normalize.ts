import { foldToSimplified } from "@dockerwin/kb";

/** One word of a question: Latin words and numbers as tokens, each Han character its own token. */
export interface Token {
  text: string;
  /** Position of the token in the compact string (the question without separators). */
  start: number;
  end: number;
  han: boolean;
}

/** A question read for matching: folded to lower-case Simplified, split into tokens. */
export interface Normalized {
  /** NFKC, lower-case, Simplified script, separators reduced to single spaces. */
  folded: string;
  /** `folded` without separators: what names and aliases are matched against. */
  compact: string;
  tokens: Token[];
  /** Positions in `compact` where a word starts or ends: a Latin alias must span whole words. */
  boundaries: Set<number>;
}

const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}#+])+/gu;
const HAN = /\p{Script=Han}/u;

/**
 * Texts already read: the same fact and cue texts are normalised again and again, and a
 * question's reading is asked for by several parts of the engine. A Normalized is never changed
 * once made, so it can be shared. Questions bring endless new texts, each holding its tokens and
 * the lexicon's hits on it (some 9 KB): the texts are kept in two generations, the current one
 * and the one before it, and a text read again moves to the current one. The graph's texts, read
 * for every question, so stay, while a question's texts go once two generations have filled
 * without it: at most 2 × MAX_SEEN texts are held, not the 20,000 a single map once kept.
 */
let seen = new Map<string, Normalized>();
let older = new Map<string, Normalized>();
const MAX_SEEN = 2_000;

/**
 * Width, case, script and punctuation are noise to a reader, so they go first: "ＷＩＮ７" is
 * "win7", 虛擬機 is 虚拟机, and "hyper-v?" is "hyper v".
 */
export function normalize(question: string): Normalized {
  const known = seen.get(question);
  if (known) return known;
  const made = older.get(question) ?? read(question);
  if (seen.size >= MAX_SEEN) {
    older = seen;
    seen = new Map();
  }
  seen.set(question, made);
  return made;
}

function read(question: string): Normalized {
  const folded = foldToSimplified(question.normalize("NFKC").toLowerCase())
    // "Docker Machine's last release": the possessive is not part of the name.
    .replace(/[’']s\b/g, "")
    .replace(/[’']/g, "")
    .replace(/[^\p{L}\p{N}#+]+/gu, " ")
    .trim();
  const tokens: Token[] = [];
  const boundaries = new Set<number>([0]);
  let compact = "";
  for (const m of folded.matchAll(TOKEN)) {
    const text = m[0];
    const start = compact.length;
    compact += text;
    tokens.push({ text, start, end: compact.length, han: HAN.test(text) });
    boundaries.add(start);
    boundaries.add(compact.length);
  }
  return { folded, compact, tokens, boundaries };
}

/** Rebuilds a Normalized after some tokens were replaced (spelling corrected). */
export function fromTokens(texts: readonly string[]): Normalized {
  return normalize(texts.join(" "));
}
