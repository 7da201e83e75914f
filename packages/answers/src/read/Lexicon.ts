import type { KbLexiconEntry } from "@dockerwin/kb";
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
  /** English cues: whole words of the folded question. */
  en: RegExp | null;
  /** Chinese cues: found in the question without separators. */
  zh: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The question reader's words, from data/lexicon/: each entry's cues compiled once into one
 * whole-word pattern (English) and a list of folded strings (Chinese), folded the way questions
 * are, so "doesn't" meets "doesnt" and 虛擬機 meets 虚拟机.
 */
export class Lexicon {
  private readonly byRole = new Map<LexiconRole, Compiled[]>();

  constructor(entries: readonly KbLexiconEntry[]) {
    for (const entry of entries) {
      const words = entry.en
        .map((c) => {
          const prefix = c.endsWith("*");
          const folded = normalize(prefix ? c.slice(0, -1) : c).folded;
          return folded ? escape(folded).replace(/ /g, " ?") + (prefix ? "[a-z]*" : "") : "";
        })
        .filter((w) => w.length > 0);
      const compiled: Compiled = {
        entry,
        en: words.length > 0 ? new RegExp(`(?<![a-z0-9])(?:${words.join("|")})(?![a-z0-9])`) : null,
        zh: entry.zh.map((c) => normalize(c).compact).filter((c) => c.length > 0),
      };
      const list = this.byRole.get(entry.role) ?? [];
      list.push(compiled);
      this.byRole.set(entry.role, list);
    }
  }

  /** Every entry of a role (and slot, if given) whose cues the question contains. */
  find(q: Normalized, role: LexiconRole, slot?: string): LexiconHit[] {
    const out: LexiconHit[] = [];
    for (const c of this.byRole.get(role) ?? []) {
      if (slot !== undefined && c.entry.slot !== slot) continue;
      const en = c.en?.exec(q.folded);
      if (en) {
        out.push({ entry: c.entry, cue: en[0], at: en.index });
        continue;
      }
      const zh = c.zh.find((z) => q.compact.includes(z));
      if (zh !== undefined) out.push({ entry: c.entry, cue: zh, at: q.compact.indexOf(zh) });
    }
    return out;
  }

  /** Whether any cue of a role (and slot) is in a text, for checking what a fact says. */
  mentions(text: string, role: LexiconRole, slot: string, value: string | null): boolean {
    const q = normalize(text);
    return this.find(q, role, slot).some((h) => value === null || h.entry.value === value);
  }
}
