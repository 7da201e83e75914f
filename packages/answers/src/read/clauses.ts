/**
 * A message's clauses: split at commas, semicolons, the enumeration comma 、, and the ends of
 * sentences, but not at the dots of a version ("4.42", "15.5.5") or a file name (".wslconfig"),
 * nor at a dot followed by anything but a space.
 */
export function clausesOf(text: string): string[] {
  return text
    .split(/[,;，；、。!?！？\n]+|\.(?=\s|$)/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
}

/**
 * The clauses of one sentence, split at its commas and semicolons only, untrimmed: what a
 * sentence's last clause asks, or which of its clauses tell a story, is read from these.
 */
export function commaClauses(sentence: string): string[] {
  return sentence.split(/[,，;；]/);
}
