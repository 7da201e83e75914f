import type { Lexicon } from "./Lexicon.js";
import { normalize } from "./normalize.js";

const HAN = /\p{Script=Han}/u;

/** A light English stemmer: enough that "creates" and "created" meet "create". */
export function stem(word: string): string {
  for (const suffix of ["ations", "ation", "ing", "ies", "ed", "es", "s", "ly"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * The subject-matter terms of texts, with the stop words and synonyms of data/lexicon: English
 * stems, and pairs of adjacent Chinese characters.
 */
export class Terms {
  /** English words that carry no subject matter. */
  readonly stopWords: ReadonlySet<string>;
  /** Chinese characters that say nothing alone: a pair of two of them is no term. */
  private readonly stopChars: ReadonlySet<string>;
  /** Question words of two characters. */
  private readonly stopPairs: ReadonlySet<string>;

  constructor(private readonly lexicon: Lexicon) {
    this.stopWords = new Set(lexicon.cues("stop", "word").en);
    this.stopChars = new Set(lexicon.cues("stop", "character").zh);
    this.stopPairs = new Set(lexicon.cues("stop", "pair").zh);
  }

  /** Subject-matter terms of a question, with the words facts are likely to use for them. */
  ofQuestion(text: string): string[] {
    const extra = this.lexicon.find(normalize(text), "synonym").map((h) => h.entry.value ?? "");
    return this.of(extra.length > 0 ? `${text} ${extra.join(" ")}` : text);
  }

  /** Subject-matter terms of a text: English stems, and pairs of adjacent Chinese characters. */
  of(text: string): string[] {
    const out: string[] = [];
    for (const w of text.toLowerCase().match(/[a-z][a-z0-9#+]*|\d+(?:\.\d+)*/g) ?? []) {
      if (!this.stopWords.has(w) && (w.length > 1 || w === "c")) out.push(stem(w));
      // "4.0.0" is also "4.0": a question names versions more loosely than release notes.
      const parts = /^\d+(\.\d+){2,}$/.test(w) ? w.split(".") : [];
      for (let n = 2; n < parts.length; n++) out.push(parts.slice(0, n).join("."));
    }
    const han = [...text].filter((c) => HAN.test(c));
    for (let i = 0; i < han.length - 1; i++) {
      const pair = han[i]! + han[i + 1]!;
      if ((!this.stopChars.has(han[i]!) || !this.stopChars.has(han[i + 1]!)) && !this.stopPairs.has(pair))
        out.push(pair);
    }
    return out;
  }
}
