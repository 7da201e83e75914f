/**
 * Chinese puts no space between two characters, yet YAML line folding leaves one wherever a
 * contributor wrapped a Chinese sentence. Han characters and CJK punctuation (，。「」（）) count;
 * a space between Chinese and Latin text (Windows 核心) is ordinary and allowed.
 */
const CJK = "\\p{Script=Han}\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65";
const STRAY = new RegExp(`([${CJK}])[\\s\\u3000]+(?=[${CJK}])`, "gu");

export interface CjkSpace {
  /** Where the whitespace starts in the text. */
  index: number;
  /** The two characters around it, with the whitespace shown as is. */
  excerpt: string;
}

/** Every run of whitespace that stands between two CJK characters. */
export function findCjkSpaces(s: string): CjkSpace[] {
  const out: CjkSpace[] = [];
  for (const m of s.matchAll(STRAY)) {
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    out.push({ index: start, excerpt: s.slice(m.index, end + 1) });
  }
  return out;
}
