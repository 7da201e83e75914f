import * as OpenCC from "opencc-js";

// The phrase and reverse dictionaries are large (tens of MB); only the build and the linter
// need them, so they load on first use and a server never pays for them.
const twToCnChars = OpenCC.Converter({ from: "tw", to: "cn" });
let twToCnPhrases: ((s: string) => string) | undefined;
let cnToTwChars: ((s: string) => string) | undefined;
const twToCn = (s: string) => (twToCnPhrases ??= OpenCC.Converter({ from: "twp", to: "cn" }))(s);
const cnToTw = (s: string) => (cnToTwChars ??= OpenCC.Converter({ from: "cn", to: "tw" }))(s);

const HAN = /\p{Script=Han}/u;

export function hasHan(s: string): boolean {
  return HAN.test(s);
}

/**
 * Character-level Traditional → Simplified, for matching what people type: it never rewrites
 * vocabulary, so it maps both scripts of a word to one key.
 */
export function foldToSimplified(s: string): string {
  return hasHan(s) ? twToCnChars(s) : s;
}

/** True when the text is in Simplified script: converting it to Simplified changes nothing,
 * converting it to Traditional does. Text without script-specific characters passes. 台 is
 * Taiwan's own standard form (台灣, 主控台) though OpenCC writes 臺, so it proves nothing. */
export function hasSimplifiedOnly(s: string): boolean {
  if (!hasHan(s)) return false;
  const t = s.replace(/台/g, "臺");
  return twToCnChars(s) === s && cnToTw(t) !== t;
}

/** Traditional (Taiwan) → Simplified with OpenCC's Taiwan phrase table (軟體 → 软件). It keeps
 * Taiwan vocabulary that has no phrase entry (映像 stays 映像): the glossary corrects that. */
export function toSimplifiedPhrases(s: string): string {
  return hasHan(s) ? twToCn(s) : s;
}

/** Simplified → Traditional, characters only: a mainland word as it would look in zh-Hant. */
export function toTraditionalChars(s: string): string {
  return hasHan(s) ? cnToTw(s) : s;
}

/** The language of a name, as a BCP 47 tag judged from its script: "zh-Hant" when it has a
 * Traditional-only character, "zh-Hans" when it is in Simplified script, "zh" when its Chinese is
 * the same in both scripts, "en" for a name in Latin letters only, null when it has no letters. */
export type NameLang = "en" | "zh" | "zh-Hans" | "zh-Hant";

export function langOfName(s: string): NameLang | null {
  if (!hasHan(s)) return /\p{L}/u.test(s) ? "en" : null;
  if (foldToSimplified(s) !== s) return "zh-Hant";
  return hasSimplifiedOnly(s) ? "zh-Hans" : "zh";
}
