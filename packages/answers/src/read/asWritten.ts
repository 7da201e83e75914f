import { normalize } from "./normalize.js";

/**
 * A word of the question as its writer wrote it. Cues and asked words are found in the folded
 * question (lower case, Simplified script), but an answer that names one back ("…for 虛擬機器裡")
 * must use the writer's own case and script, not the folded form. Each character is folded on its
 * own, so a position in the folded text leads back to the character it came from; a word not
 * found that way is given as it is.
 */
export function asWritten(question: string, word: string): string {
  const target = normalize(word).compact;
  if (target === "") return word;
  const chars = [...question];
  let folded = "";
  // For each character of `folded`, the index of the question's character it comes from.
  const from: number[] = [];
  chars.forEach((ch, i) => {
    const f = normalize(ch).compact;
    for (let k = 0; k < f.length; k++) from.push(i);
    folded += f;
  });
  const at = folded.indexOf(target);
  if (at < 0) return word;
  return chars
    .slice(from[at], from[at + target.length - 1]! + 1)
    .join("")
    .trim();
}
