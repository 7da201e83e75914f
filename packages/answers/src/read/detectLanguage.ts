import type { Lang } from "@dockerwin/kb";
import { foldToSimplified, hasHan } from "@dockerwin/kb";

/**
 * English, or Chinese in the script it was typed in. A question with no script-specific
 * character (容器 is the same in both) follows the conversation, else defaults to Simplified.
 */
export function detectLanguage(question: string, previous?: Lang): Lang {
  const text = question.normalize("NFKC");
  // A bare name ("Hyper-V?") in a Chinese conversation is still Chinese.
  if (!hasHan(text))
    return previous && previous !== "en" && (text.match(/[a-z]+/gi) ?? []).length <= 2 ? previous : "en";
  const han = [...text].filter((c) => hasHan(c)).join("");
  if (foldToSimplified(han) !== han) return "zh-Hant";
  if (SIMPLIFIED_ONLY.test(han)) return "zh-Hans";
  return previous && previous !== "en" ? previous : "zh-Hans";
}

// Common characters that only exist in Simplified script; enough to tell a question's script.
const SIMPLIFIED_ONLY =
  /[么这们个为时说发过还对会来国样种应该开关统软机环运现实经专业盘录网页门问题间边装载办书报读论设证话语请谈认让议访]/u;
