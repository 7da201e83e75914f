import type { Lang } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import type { Lexicon } from "../read/Lexicon.js";
import { normalize } from "../read/normalize.js";
import { plainQuestion } from "../read/aNotA.js";
import { fill } from "./format.js";
import { P } from "./phrases.js";

type Text = (typeof P)[keyof typeof P];

/** The leads a Chinese yes or no answer may open with, by how the question asks (lexicon slot "echo"). */
const LEADS: Readonly<Record<string, Readonly<Record<"YES" | "NO", Text>>>> = {
  is: { YES: P.yesIs, NO: P.noIs },
  can: { YES: P.yes, NO: P.no },
  need: { YES: P.yesNeed, NO: P.noNeed },
  have: { YES: P.yesHave, NO: P.noHave },
};

/** The plain leads an executor writes, which say nothing of how the question asked. */
const PLAIN: readonly Text[] = [P.yes, P.no, P.yesIs, P.noIs, P.noNeed];

/**
 * A Chinese answer echoes the verb its question asks with: "Docker Toolbox 是不是自带了
 * VirtualBox？" is answered 是的, not 可以; "…需不需要 Hyper-V？" 需要 or 不需要. Only a plain lead
 * is replaced, and only where the asking sentence says how it asks; English keeps "Yes."/"No.".
 */
export function echoLead(
  lexicon: Lexicon,
  asking: string,
  lang: Lang,
  verdict: Verdict | null,
  lead: string | undefined,
): string | undefined {
  if (lang === "en" || (verdict !== "YES" && verdict !== "NO") || lead === undefined) return lead;
  if (!PLAIN.some((t) => fill(t, lang) === lead)) return lead;
  const form = askedForm(lexicon, asking);
  // "不需要" says more than "不是": only a question of need takes it away.
  if (lead === fill(P.noNeed, lang) && form !== "need") return lead;
  const leads = form ? LEADS[form] : undefined;
  return leads ? fill(leads[verdict], lang) : lead;
}

/**
 * How the asking sentence asks: a verb, 不 and the verb again (需不需要, 有沒有) says it surely
 * and comes first; otherwise the word nearest the end, where a Chinese question asks
 * ("如果可以的话，WSL 2 需要 Hyper-V 吗？" asks a need).
 */
function askedForm(lexicon: Lexicon, asking: string): string | null {
  const hits = lexicon.find(normalize(asking), "marker", "echo");
  const doubled = hits.filter((h) => plainQuestion(h.cue) !== h.cue);
  const chosen = (doubled.length > 0 ? doubled : hits).sort((a, b) => b.at - a.at)[0];
  return chosen?.entry.value ?? null;
}
