import type { Lexicon } from "./Lexicon.js";
import { normalize, type Normalized } from "./normalize.js";
import { rawSpan } from "./rawSpan.js";

/** The message as the writer's own words about their system, raw and normalized. */
export interface OwnWords {
  text: string;
  normalized: Normalized;
}

/**
 * The message as the writer's own words about their system. In a sentence of the story (never
 * the asking one), what follows a word that relays what someone else wrote or said is theirs:
 * - a requirement word in a sentence that reports a message, or follows one that does (the
 *   lexicon's error markers: "it says", 提示): "It says Docker Desktop requires Windows 10 Pro
 *   or Enterprise version 15063. Can Home install it?" names Pro, Enterprise and 15063 as what
 *   the message requires, not as the edition and build the writer runs;
 * - for builds, a hearsay word ("I read that", 看到说): "看到说 Win10 预览版 10565 开始支持嵌套虚拟
 *   化" names the build the report was about, not the writer's. An edition it names is most often
 *   the writer's own ("有人說在 Win10 家用版先用 DISM 裝好 Hyper-V…" is asked by a Home user).
 * Elsewhere the message is returned as it is.
 */
export function ownWords(
  lexicon: Lexicon,
  question: string,
  asking: string,
  normalized: Normalized,
): { edition: OwnWords; build: OwnWords } {
  const as = { text: question, normalized };
  const whole = { edition: as, build: as };
  if (asking === question) return whole;
  const requirement = lexicon.find(normalized, "marker", "requirement").length > 0;
  const hearsay = lexicon.find(normalized, "marker", "hearsay").length > 0;
  if (!requirement && !hearsay) return whole;
  const sentences = question.split(/(?<=[.!?。！？])|\n+/);
  const reports = sentences.map((s) => requirement && lexicon.find(normalize(s), "marker", "error").length > 0);
  // Where each sentence of the story stops being the writer's: for editions, at a requirement it
  // reports; for builds, there or at what it heard, whichever comes first.
  const cuts = sentences.map((sentence, i) => {
    if (sentence.trim() === "" || asking.includes(sentence.trim())) return { edition: undefined, build: undefined };
    const n = normalize(sentence);
    const startOf = (slot: string) =>
      lexicon
        .find(n, "marker", slot)
        .map((h) => rawSpan(sentence, h.cue)?.start ?? -1)
        .filter((x) => x >= 0);
    // A reported message may run on into the next sentence ("…failed: one prerequisite is not
    // fulfilled. Docker Desktop requires…").
    const reported = reports[i] || reports[i - 1] ? startOf("requirement") : [];
    const heard = hearsay ? startOf("hearsay") : [];
    const first = (xs: number[]) => (xs.length > 0 ? Math.min(...xs) : undefined);
    return { edition: first(reported), build: first([...reported, ...heard]) };
  });
  const keep = (of: "edition" | "build"): OwnWords => {
    if (cuts.every((c) => c[of] === undefined)) return as;
    const text = sentences.map((sentence, i) => sentence.slice(0, cuts[i]![of])).join(" ");
    return { text, normalized: normalize(text) };
  };
  return { edition: keep("edition"), build: keep("build") };
}
