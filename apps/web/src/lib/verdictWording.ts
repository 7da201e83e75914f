import type { Verdict } from "@/graphql/types";

/**
 * A badge wording for the questions whose verb holds one of `cues`. Each locale lists its
 * wordings under the same ids, so that a question in one language is matched by its own cues and
 * worded in the page's.
 */
export interface VerdictWords {
  id: string;
  cues: readonly string[];
  YES: string;
  NO: string;
  PARTLY: string;
}

/** A cue of letters matches at the start of a word ("need" in "needs" too); a Chinese cue anywhere. */
function holds(question: string, cue: string): boolean {
  if (!/^[a-z]/i.test(cue)) return question.includes(cue);
  return new RegExp(`\\b${cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(question);
}

/**
 * The badge of a yes/no answer in the page's words, from the verb the question asks with
 * ("Is Hyper-V needed?" → "Not needed", "能用吗" → "不能"): the first of the page's wordings whose
 * cues, in any language, the question holds; the plain verdict word when none does.
 */
export function verdictWording(
  question: string,
  verdict: Verdict,
  page: readonly VerdictWords[],
  everyLanguage: readonly (readonly VerdictWords[])[],
  plain: Record<Verdict, string>,
): string {
  const match = page.find((words) =>
    everyLanguage.some((list) =>
      list.some((other) => other.id === words.id && other.cues.some((cue) => holds(question, cue))),
    ),
  );
  return match ? match[verdict] : plain[verdict];
}
