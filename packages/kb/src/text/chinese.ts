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
 * converting it to Traditional does. Text without script-specific characters passes. */
export function hasSimplifiedOnly(s: string): boolean {
  if (!hasHan(s)) return false;
  return twToCnChars(s) === s && cnToTw(s) !== s;
}

/**
 * Traditional (Taiwan) → Simplified (mainland) for display, phrases included (軟體 → 软件).
 * Overrides are applied first, for phrases the conversion gets wrong (啟用 is not 激活).
 */
export function makeSimplifier(overrides: Readonly<Record<string, string>>): (s: string) => string {
  const keys = Object.keys(overrides).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return (s) => (hasHan(s) ? twToCn(s) : s);
  const escaped = keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const splitter = new RegExp(`(${escaped.join("|")})`, "u");
  return (s) => {
    if (!hasHan(s)) return s;
    return s
      .split(splitter)
      .map((part) => overrides[part] ?? twToCn(part))
      .join("");
  };
}
