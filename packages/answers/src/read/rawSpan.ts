import { foldToSimplified } from "@dockerwin/kb";
import { escapeRegExp } from "../text/escapeRegExp.js";

/**
 * Where a folded cue of the lexicon stands in the raw text it was found in: a whole word in
 * English, whatever the case and however many spaces between its words; in Chinese, as written
 * in either script.
 * The lexicon finds cues in the folded text, whose positions are not the raw text's.
 */
export function rawSpan(text: string, cue: string): { start: number; end: number } | null {
  if (/\p{Script=Han}/u.test(cue)) {
    let start = text.indexOf(cue);
    // A Traditional text holds the cue in its own script (聽說 for 听说); folding is character
    // for character, so a place in the folded text is the same place in the raw one.
    if (start < 0) {
      const folded = foldToSimplified(text);
      if (folded.length === text.length) start = folded.indexOf(cue);
    }
    return start < 0 ? null : { start, end: start + cue.length };
  }
  const escaped = escapeRegExp(cue).replace(/ /g, "\\s+");
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
