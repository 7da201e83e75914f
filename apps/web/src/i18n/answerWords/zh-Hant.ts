import type { SetupMarks } from "@/lib/answerText";
import type { VerdictWords } from "@/lib/verdictWording";

/**
 * The answer engine's own words in zh-Hant: how its text opens with a verdict, marks a setup's
 * verdict and starts the source article's critique, and the badge's wordings by the question's
 * verb. Apart from the other strings so that the chat's client code carries these, for every
 * language, and not every page's strings.
 */
export const answerWords = {
  verdictWords: [
    {
      id: "need",
      cues: ["需要", "要不要", "需不需要", "必須", "必须"],
      YES: "需要",
      NO: "不需要",
      PARTLY: "視情況需要",
    },
    { id: "free", cues: ["免費", "免费"], YES: "免費", NO: "不免費", PARTLY: "部分免費" },
    {
      id: "cost",
      cues: ["收費", "收费", "付費", "付费", "要錢", "要钱"],
      YES: "要付費",
      NO: "不用付費",
      PARTLY: "要看使用者",
    },
    { id: "can", cues: ["能", "可以", "可不可以", "行不行"], YES: "能", NO: "不能", PARTLY: "有條件可以" },
    { id: "support", cues: ["支援", "支持"], YES: "支援", NO: "不支援", PARTLY: "有條件支援" },
    { id: "is", cues: ["是不是", "是否"], YES: "是", NO: "不是", PARTLY: "部分是" },
  ] as VerdictWords[],
  verdictLeads: ["可以", "不行", "有條件可以", "是的", "不是", "需要", "不需要", "有", "沒有"],
  setupMarks: { yes: ["：可以。"], partly: ["：有條件。"], no: ["：不行。"] } as SetupMarks,
  critiqueCues: ["原文說"],
};
