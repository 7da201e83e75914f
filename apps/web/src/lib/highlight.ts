/** Folds for matching as search does: width, case and accents do not matter. */
const fold = (s: string) => s.normalize("NFKC").toLowerCase();

/**
 * The text cut into parts, those that match a word of the query (two characters or more, or any
 * CJK character) marked, for showing why a result came up. Matching ignores case and width;
 * fuzzy matches the search found by a typo are simply not marked.
 */
export function highlight(text: string, query: string): { text: string; match: boolean }[] {
  const words = [...new Set(fold(query).split(/[\s\p{P}]+/u))]
    .filter((w) => w.length >= 2 || /\p{Script=Han}/u.test(w))
    .sort((a, b) => b.length - a.length);
  if (words.length === 0 || text === "") return [{ text, match: false }];
  const folded = fold(text);
  // NFKC can change lengths (full-width forms keep theirs); fall back to no marks when it does.
  if (folded.length !== text.length) return [{ text, match: false }];
  const parts: { text: string; match: boolean }[] = [];
  let plain = 0;
  let i = 0;
  while (i < folded.length) {
    const word = words.find((w) => folded.startsWith(w, i));
    if (!word) {
      i++;
      continue;
    }
    if (i > plain) parts.push({ text: text.slice(plain, i), match: false });
    parts.push({ text: text.slice(i, i + word.length), match: true });
    i += word.length;
    plain = i;
  }
  if (plain < text.length) parts.push({ text: text.slice(plain), match: false });
  return parts;
}
