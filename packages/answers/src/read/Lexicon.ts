import type { Graph, KbLexiconEntry } from "@dockerwin/kb";
import type { Normalized } from "./normalize.js";
import { normalize } from "./normalize.js";
import { escapeRegExp as escape } from "../text/escapeRegExp.js";

export type LexiconRole = KbLexiconEntry["role"];

/** Where one lexicon entry's cue was found in a question. */
export interface LexiconHit {
  entry: KbLexiconEntry;
  /** The cue as found, folded. */
  cue: string;
  /** Where the cue was found (in the folded question for English, the compact one for Chinese). */
  at: number;
}

interface Compiled {
  entry: KbLexiconEntry;
  cues: Cues;
  /** Cues that cancel the entry's, where it has any. */
  unless: Cues | null;
}

interface Cues {
  /** English cues: whole words of the folded question (a leading ^ only at its start). */
  en: RegExp | null;
  /**
   * What a text must hold for `en` to match it: one of these at the start of one of its words
   * (the first one or two characters of a cue's first word), so most texts are turned away
   * without running the pattern. Null where a cue may start elsewhere: the pattern always runs.
   */
  enKeys: readonly string[] | null;
  /** Chinese cues: found in the question without separators (^ and $ anchor them). */
  zh: readonly string[];
  /** Of each Chinese cue, a character the compact text must hold for it to be found there. */
  zhKeys: readonly string[];
}

const WORD_CHAR = /[a-z0-9]/;

/** A cue pattern's key: the first one or two characters of its first word, if they start a word. */
function keyOf(folded: string): string | null {
  const first = folded.split(" ")[0]!;
  return WORD_CHAR.test(first[0] ?? "") ? first.slice(0, 2) : null;
}

/** What a text offers the cues' keys: the first one and two characters of each of its words, and its characters. */
interface TextKeys {
  starts: Set<string>;
  chars: Set<string>;
}

function textKeys(q: Normalized): TextKeys {
  const starts = new Set<string>();
  const f = q.folded;
  for (let i = 0; i < f.length; i++) {
    if (!WORD_CHAR.test(f[i]!) || (i > 0 && WORD_CHAR.test(f[i - 1]!))) continue;
    starts.add(f[i]!);
    starts.add(f.slice(i, i + 2));
  }
  const chars = new Set<string>();
  for (let i = 0; i < q.compact.length; i++) chars.add(q.compact[i]!);
  return { starts, chars };
}

function compileCues(cues: { en: readonly string[]; zh: readonly string[] }): Cues {
  // "while ... enabled": the parts in order, with any words between them.
  const word = (c: string): string =>
    c.includes("...")
      ? c
          .split("...")
          .map((p) => word(p.trim()))
          .join("(?![a-z0-9]).*(?<![a-z0-9])")
      : part(c);
  // The key of the cue being compiled: that of its first part, the one a match starts with.
  let key: string | null | undefined;
  const part = (c: string) => {
    const prefix = c.endsWith("*");
    const folded = normalize(prefix ? c.slice(0, -1) : c).folded;
    if (folded && key === undefined) key = keyOf(folded);
    return folded ? escape(folded).replace(/ /g, " ?") + (prefix ? "[a-z]*" : "") : "";
  };
  const keys: (string | null)[] = [];
  const keyed = (compile: (c: string) => string) => (c: string) => {
    key = undefined;
    const w = compile(c);
    if (w.length > 0) keys.push(key ?? null);
    return w;
  };
  const anywhere = cues.en
    .filter((c) => !c.startsWith("^"))
    .map(keyed(word))
    .filter((w) => w.length > 0);
  const opening = cues.en
    .filter((c) => c.startsWith("^"))
    .map(keyed((c) => word(c.slice(1))))
    .filter((w) => w.length > 0);
  const alternatives = [
    ...(opening.length > 0 ? [`^(?:${opening.join("|")})`] : []),
    ...(anywhere.length > 0 ? [`(?<![a-z0-9])(?:${anywhere.join("|")})`] : []),
  ];
  const zh = cues.zh
    .map((c) => {
      const start = c.startsWith("^") ? "^" : "";
      const end = c.endsWith("$") ? "$" : "";
      const body = c.slice(start.length, c.length - end.length);
      return (
        start +
        body
          .split("...")
          .map((p) => normalize(p).compact)
          .join("...") +
        end
      );
    })
    .filter((c) => c.replace(/^\^|\$$/g, "").length > 0);
  return {
    en: alternatives.length > 0 ? new RegExp(`(?:${alternatives.join("|")})(?![a-z0-9])`) : null,
    enKeys: keys.some((k) => k === null) ? null : (keys as string[]),
    zh,
    zhKeys: zh.map(zhKey),
  };
}

/**
 * A character (UTF-16 unit) a compact text holds wherever the Chinese cue is found in it (see
 * zhAt), or "" where there is none to ask for.
 */
function zhKey(cue: string): string {
  if (cue.includes("...")) return cue.split("...").find((p) => p.length > 0)?.[0] ?? "";
  return cue.replace(/^\^|\$$/g, "")[0] ?? "";
}

/** Where a Chinese cue is in the compact question, or -1. */
function zhAt(compact: string, cue: string): number {
  if (cue.includes("...")) {
    // "開啟...時": the parts in order.
    const parts = cue.split("...");
    const first = compact.indexOf(parts[0]!);
    let from = first;
    for (const p of parts) {
      if (from < 0) return -1;
      const at = compact.indexOf(p, from);
      if (at < 0) return -1;
      from = at + p.length;
    }
    return first;
  }
  if (cue.startsWith("^")) {
    const body = cue.endsWith("$") ? cue.slice(1, -1) : cue.slice(1);
    if (cue.endsWith("$")) return compact === body ? 0 : -1;
    return compact.startsWith(body) ? 0 : -1;
  }
  if (cue.endsWith("$")) {
    const body = cue.slice(0, -1);
    return compact.endsWith(body) ? compact.length - body.length : -1;
  }
  return compact.indexOf(cue);
}

/** The first cue found in a question: the cue as found and where. */
function findCue(
  cues: Cues,
  q: Normalized,
  keys: TextKeys,
  enMaybe = cues.enKeys === null || cues.enKeys.some((k) => keys.starts.has(k)),
): { cue: string; at: number } | null {
  if (cues.en && enMaybe) {
    const en = cues.en.exec(q.folded);
    if (en) return { cue: en[0], at: en.index };
  }
  for (let i = 0; i < cues.zh.length; i++) {
    const key = cues.zhKeys[i]!;
    if (key !== "" && !keys.chars.has(key)) continue;
    const z = cues.zh[i]!;
    const at = zhAt(q.compact, z);
    if (at >= 0) return { cue: z.replace(/^\^|\$$/g, ""), at };
  }
  return null;
}

/**
 * The question reader's words, from data/lexicon/: each entry's cues compiled once into one
 * whole-word pattern (English) and a list of folded strings (Chinese), folded the way questions
 * are, so "doesn't" meets "doesnt" and 虛擬機 meets 虚拟机.
 */
export class Lexicon {
  private readonly byRole = new Map<LexiconRole, Compiled[]>();
  /** Of each role, the entries (by place in its list) whose English cues a word start may begin. */
  private readonly byKey = new Map<LexiconRole, Map<string, number[]>>();
  private readonly seen = new WeakMap<
    Normalized,
    { keys: TextKeys; byRole: Map<LexiconRole, readonly LexiconHit[]> }
  >();

  constructor(entries: readonly KbLexiconEntry[]) {
    for (const entry of entries) {
      const compiled: Compiled = {
        entry,
        cues: compileCues(entry),
        unless: entry.unless ? compileCues(entry.unless) : null,
      };
      const list = this.byRole.get(entry.role) ?? [];
      list.push(compiled);
      this.byRole.set(entry.role, list);
    }
    // Ranked entries (question types, asked kinds) are read in the order of their rank.
    for (const [role, list] of this.byRole) {
      list.sort((a, b) => (a.entry.rank ?? Infinity) - (b.entry.rank ?? Infinity));
      const byKey = new Map<string, number[]>();
      list.forEach((c, i) => {
        for (const k of new Set(c.cues.enKeys ?? [])) byKey.set(k, [...(byKey.get(k) ?? []), i]);
      });
      this.byKey.set(role, byKey);
    }
  }

  /** Every entry of a role (and slot, if given) whose cues the question contains. */
  find(q: Normalized, role: LexiconRole, slot?: string): LexiconHit[] {
    const hits = this.hitsOf(q, role);
    return slot === undefined ? [...hits] : hits.filter((h) => h.entry.slot === slot);
  }

  /**
   * The hits of one role in a text, worked out once per text: a question is asked about the
   * same role by several readers and executors, and facts' texts come back question after
   * question (normalize hands out one Normalized per text).
   */
  private hitsOf(q: Normalized, role: LexiconRole): readonly LexiconHit[] {
    let text = this.seen.get(q);
    if (!text) this.seen.set(q, (text = { keys: textKeys(q), byRole: new Map() }));
    const { keys, byRole } = text;
    let hits = byRole.get(role);
    if (!hits) {
      const found: LexiconHit[] = [];
      const list = this.byRole.get(role) ?? [];
      // The entries whose English cues may start at one of the text's words.
      const maybe = new Uint8Array(list.length);
      const byKey = this.byKey.get(role);
      for (const k of keys.starts) for (const i of byKey?.get(k) ?? []) maybe[i] = 1;
      for (let i = 0; i < list.length; i++) {
        const c = list[i]!;
        const hit = findCue(c.cues, q, keys, c.cues.enKeys === null || maybe[i] === 1);
        if (hit && !(c.unless && findCue(c.unless, q, keys))) found.push({ entry: c.entry, ...hit });
      }
      byRole.set(role, (hits = found));
    }
    return hits;
  }

  /** The cues of every entry of a role and slot, as compiled: English lower-case, Chinese folded. */
  cues(role: LexiconRole, slot: string): { en: string[]; zh: string[] } {
    const entries = (this.byRole.get(role) ?? []).filter((c) => c.entry.slot === slot).map((c) => c.entry);
    return { en: entries.flatMap((e) => e.en), zh: entries.flatMap((e) => e.zh) };
  }

  /** The first ranked entry of a role, in rank order, whose cues the question contains. */
  first(q: Normalized, role: LexiconRole): LexiconHit | null {
    // Hits come in the order of the entries, which are sorted by rank.
    return this.hitsOf(q, role).find((h) => h.entry.rank !== null) ?? null;
  }

  /** Whether any cue of a role (and slot) is in a text, for checking what a fact says. */
  mentions(text: string, role: LexiconRole, slot: string, value: string | null): boolean {
    const q = normalize(text);
    return this.find(q, role, slot).some((h) => value === null || h.entry.value === value);
  }
}

const LEXICONS = new WeakMap<Graph, Lexicon>();

/**
 * The lexicon of a graph, compiled once and shared by the reader, the fact index, the dispatcher
 * and the gate: its hits on a text are worked out once per text, not once per part that asks.
 */
export function lexiconOf(graph: Graph): Lexicon {
  let lexicon = LEXICONS.get(graph);
  if (!lexicon) LEXICONS.set(graph, (lexicon = new Lexicon(graph.bundle.lexicon ?? [])));
  return lexicon;
}
