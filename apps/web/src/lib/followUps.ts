/** A question in a form that ignores case, spacing and the question mark. */
function key(question: string): string {
  return question
    .toLowerCase()
    .replace(/[\s?？!！.。,，]+/g, " ")
    .trim();
}

/** The follow-ups worth offering: never the question just asked (as typed or as understood), each once. */
export function freshFollowUps(followUps: readonly string[], asked: readonly string[]): string[] {
  const seen = new Set(asked.map(key));
  return followUps.filter((q) => {
    const k = key(q);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
