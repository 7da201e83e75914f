import type { Lexicon } from "./Lexicon.js";
import { normalize, type Normalized } from "./normalize.js";
import { rawSpan } from "./rawSpan.js";

/**
 * The message as the writer's own words about their system: "It says Docker Desktop requires
 * Windows 10 Pro or Enterprise version 15063. Can Home install it?" names Pro, Enterprise and
 * 15063 as what a reported message requires, not as the edition and build the writer runs.
 * In a sentence of the story (never the asking one) that reports a message, or follows one that
 * does (the lexicon's error markers: "it says", 提示), what follows a requirement word is left
 * out; elsewhere the message is returned as it is.
 */
export function ownWords(lexicon: Lexicon, question: string, asking: string, normalized: Normalized): Normalized {
  if (asking === question || lexicon.find(normalized, "marker", "requirement").length === 0) return normalized;
  let changed = false;
  const sentences = question.split(/(?<=[.!?。！？])|\n+/);
  const reports = sentences.map((s) => lexicon.find(normalize(s), "marker", "error").length > 0);
  const kept = sentences.map((sentence, i) => {
    if (sentence.trim() === "" || asking.includes(sentence.trim())) return sentence;
    // A reported message may run on into the next sentence ("…failed: one prerequisite is not
    // fulfilled. Docker Desktop requires…").
    if (!reports[i] && !reports[i - 1]) return sentence;
    const n = normalize(sentence);
    const at = lexicon
      .find(n, "marker", "requirement")
      .map((h) => rawSpan(sentence, h.cue)?.start ?? -1)
      .filter((x) => x >= 0)
      .sort((a, b) => a - b)[0];
    if (at === undefined) return sentence;
    changed = true;
    return sentence.slice(0, at);
  });
  return changed ? normalize(kept.join(" ")) : normalized;
}
