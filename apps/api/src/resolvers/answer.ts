import type { Answer, Interpretation } from "@dockerwin/answers";
import { allInLang, toEnum, type InLang } from "../language.js";

export const answerResolvers = {
  Answer: {
    status: (p: InLang<Answer>) => p.v.status,
    verdict: (p: InLang<Answer>) => p.v.verdict,
    text: (p: InLang<Answer>) => p.v.text,
    language: (p: InLang<Answer>) => toEnum(p.v.language),
    entities: (p: InLang<Answer>) => allInLang(p.v.entities, p.lang),
    facts: (p: InLang<Answer>) => allInLang(p.v.facts, p.lang),
    followUps: (p: InLang<Answer>) => p.v.followUps,
    interpretation: (p: InLang<Answer>) => ({ v: p.v.interpretation, lang: p.lang }),
    claims: (p: InLang<Answer>) => allInLang(p.v.claims, p.lang),
  },
  Interpretation: {
    language: (p: InLang<Interpretation>) => toEnum(p.v.language),
    intent: (p: InLang<Interpretation>) => p.v.intent,
    entities: (p: InLang<Interpretation>) => allInLang(p.v.entities, p.lang),
    edition: (p: InLang<Interpretation>) => p.v.edition,
    resolvedQuestion: (p: InLang<Interpretation>) => p.v.resolvedQuestion,
  },
};
