import { foldToSimplified } from "../text/chinese.js";

/**
 * A kind of noise, and what a text must hold for the pattern to find any (the folded text is in
 * lower case, and NFKC has turned look-alikes such as ſ into plain letters): most pastes and
 * every ordinary question hold no URL, path or code, and are not searched for them.
 */
interface Noise {
  re: RegExp;
  needs?: string;
}

/**
 * What changes from one paste of an error to the next and says nothing about which error it
 * is: addresses, paths, GUIDs, hashes and container ids, codes (matched on their own), version
 * and build numbers. Order matters: a URL holds a path, a path holds numbers.
 */
const NOISE: readonly Noise[] = [
  { re: /\b[a-z][a-z0-9+.-]*:\/\/\S*/giu, needs: "://" }, // URLs, including http://%2F%2F.%2Fpipe%2F…
  { re: /\{?\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b\}?/giu, needs: "-" }, // GUIDs
  { re: /\bsha256:[0-9a-f]+/giu, needs: "sha256:" },
  { re: /\b[0-9a-f]{12,}\b/giu }, // container and layer ids
  { re: /\b0x[0-9a-f]+\b/giu, needs: "0x" }, // codes
  { re: /(?:\\\\[?.]\\(?!pipe\\)|\b[a-z]:\\)[^\s"'<>|]*/giu, needs: "\\" }, // Windows paths: C:\…, \\?\Volume…, not \\.\pipe\…
  { re: /(?:^|\s)\/(?!\/\.\/pipe\/)[^\s"'<>|]+/gu, needs: "/" }, // Unix paths, but not //./pipe/<name>: the pipe names the engine
];
/** Numbers standing alone; "wsl1" and "ltsc2019" stay. */
const LONE_NUMBER = /(?<![\p{L}\p{N}])\p{N}+/gu;

/**
 * A pasted error message as the matcher compares it: same width, case and script (Chinese
 * folded to Simplified characters), with the noise above and all punctuation and quotes removed.
 */
export function normaliseErrorText(s: string): string {
  let t = foldToSimplified(s.normalize("NFKC").toLowerCase());
  for (const { re, needs } of NOISE) if (needs === undefined || t.includes(needs)) t = t.replace(re, " ");
  // A one- or two-digit number right after a word is part of a name (WSL 1, Windows 10) and
  // tells errors apart; longer numbers and dotted versions are builds and counts. The match
  // starts only where a word starts: tried at every letter of a long run (a Chinese paragraph
  // has no spaces), the greedy letters made the replacement quadratic in the run's length.
  t = t.replace(/(?<!\p{L})(\p{L}{2,})[ -]?(\d{1,2})(?![\d.,:\p{L}])/gu, "$1$2");
  t = t.replace(LONE_NUMBER, " ");
  return t
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of a normalised text: Latin words as they are, Chinese runs as overlapping
 * character pairs (Chinese has no spaces, and pairs are what a typo or a reworded clause
 * leaves intact).
 */
export function errorTokens(normalised: string): string[] {
  const out: string[] = [];
  for (const run of normalised.match(HAN_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.push(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  for (const w of normalised.replace(HAN_RUN, " ").match(WORD) ?? []) if (w.length > 1) out.push(w);
  return out;
}

/** Codes as printed in a paste: hex HRESULTs and Win32 codes, and symbolic statuses. */
export function codesIn(s: string): string[] {
  const hex = (s.match(/\b0x[0-9a-f]{1,8}\b/giu) ?? []).map((c) => c.toLowerCase());
  const symbolic = s.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/gu) ?? [];
  return [...new Set([...hex, ...symbolic])];
}

/**
 * The forms a code is printed in. Windows wraps a Win32 error in an HRESULT (0x8007xxxx), and
 * tools print either: WSL says 0x800701bc in one message and 0x1bc in the next.
 */
export function codeForms(code: string): string[] {
  const c = code.toLowerCase();
  const m = /^0x8007([0-9a-f]{4})$/.exec(c);
  if (m) return [c, `0x${m[1]!.replace(/^0+(?=.)/, "")}`];
  return [c];
}
