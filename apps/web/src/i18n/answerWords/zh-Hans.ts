import type { SetupMarks } from "@/lib/answerText";
import type { VerdictWords } from "@/lib/verdictWording";

/**
 * The answer engine's own words in zh-Hans: how its text opens with a verdict, marks a setup's
 * verdict and starts the source article's critique, and the badge's wordings by the question's
 * verb. Apart from the other strings so that the chat's client code carries these, for every
 * language, and not every page's strings.
 */
export const answerWords = {
  verdictWords: [
    {
      id: "need",
      cues: ["需要", "要不要", "需不需要", "必须", "必須"],
      YES: "需要",
      NO: "不需要",
      PARTLY: "视情况需要",
    },
    { id: "free", cues: ["免费", "免費"], YES: "免费", NO: "不免费", PARTLY: "部分免费" },
    {
      id: "cost",
      cues: ["收费", "收費", "付费", "付費", "要钱", "要錢"],
      YES: "要付费",
      NO: "不用付费",
      PARTLY: "要看用户",
    },
    { id: "can", cues: ["能", "可以", "可不可以", "行不行"], YES: "能", NO: "不能", PARTLY: "有条件可以" },
    { id: "support", cues: ["支持", "支援"], YES: "支持", NO: "不支持", PARTLY: "有条件支持" },
    { id: "is", cues: ["是不是", "是否"], YES: "是", NO: "不是", PARTLY: "部分是" },
  ] as VerdictWords[],
  verdictLeads: ["可以", "不行", "有条件可以", "是的", "不是", "需要", "不需要", "有", "没有"],
  setupMarks: { yes: ["：可以。"], partly: ["：有条件。"], no: ["：不行。"] } as SetupMarks,
  critiqueCues: ["原文说"],
};
