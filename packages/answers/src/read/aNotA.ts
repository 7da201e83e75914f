/** A Chinese verb, 不 or 沒 and the verb again (需不需要, 有沒有, 能不能). */
const A_NOT_A = /(\p{Script=Han})[不沒没]\1/gu;

/**
 * A text with each "verb, 不 or 沒, verb" read as the verb (需不需要 → 需要): the form asks the
 * plain question, and the 不需要 or 沒有 inside it is neither a negative nor something left out.
 */
export function plainQuestion(text: string): string {
  return text.replace(A_NOT_A, "$1");
}
