import type { Graph, KbLexiconEntry } from "@dockerwin/kb";
import type { Normalized } from "./normalize.js";
import { normalize } from "./normalize.js";

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
  /** Chinese cues: found in the question without separators (^ and $ anchor them). */
  zh: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compileCues(cues: { en: readonly string[]; zh: readonly string[] }): Cues {
  // "while ... enabled": the parts in order, with any words between them.
  const word = (c: string): string =>
    c.includes("...")
      ? c
          .split("...")
          .map((p) => word(p.trim()))
          .join("(?![a-z0-9]).*(?<![a-z0-9])")
      : part(c);
  const part = (c: string) => {
    const prefix = c.endsWith("*");
    const folded = normalize(prefix ? c.slice(0, -1) : c).folded;
    return folded ? escape(folded).replace(/ /g, " ?") + (prefix ? "[a-z]*" : "") : "";
  };
  const anywhere = cues.en
    .filter((c) => !c.startsWith("^"))
    .map(word)
    .filter((w) => w.length > 0);
  const opening = cues.en
    .filter((c) => c.startsWith("^"))
    .map((c) => word(c.slice(1)))
    .filter((w) => w.length > 0);
  const alternatives = [
    ...(opening.length > 0 ? [`^(?:${opening.join("|")})`] : []),
    ...(anywhere.length > 0 ? [`(?<![a-z0-9])(?:${anywhere.join("|")})`] : []),
  ];
  return {
    en: alternatives.length > 0 ? new RegExp(`(?:${alternatives.join("|")})(?![a-z0-9])`) : null,
    zh: cues.zh
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
      .filter((c) => c.replace(/^\^|\$$/g, "").length > 0),
  };
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
function findCue(cues: Cues, q: Normalized): { cue: string; at: number } | null {
  const en = cues.en?.exec(q.folded);
  if (en) return { cue: en[0], at: en.index };
  for (const z of cues.zh) {
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
  private readonly seen = new WeakMap<Normalized, Map<LexiconRole, readonly LexiconHit[]>>();

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
    for (const list of this.byRole.values())
      list.sort((a, b) => (a.entry.rank ?? Infinity) - (b.entry.rank ?? Infinity));
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
    let byRole = this.seen.get(q);
    if (!byRole) this.seen.set(q, (byRole = new Map()));
    let hits = byRole.get(role);
    if (!hits) {
      const found: LexiconHit[] = [];
      for (const c of this.byRole.get(role) ?? []) {
        const hit = findCue(c.cues, q);
        if (hit && !(c.unless && findCue(c.unless, q))) found.push({ entry: c.entry, ...hit });
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
