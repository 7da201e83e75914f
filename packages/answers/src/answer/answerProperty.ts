import type { KbEntity } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { bestFacts } from "./helpers.js";

/**
 * A yes/no question about one property ("Is VMware Workstation free?", "Is boot2docker still
 * maintained?", "Is Hyper-V a type 1 hypervisor?") read off the attribute that states it. Each
 * check reads the attribute's English text, which the data keeps in a plain, regular form.
 */
interface PropertyCheck {
  asks: RegExp;
  attribute: string;
  verdict: (value: string, question: string) => Verdict;
}

const CHECKS: readonly PropertyCheck[] = [
  {
    asks: /\bopen ?source\b|\bgpl\b|\bproprietary\b|开源|开放源代码|开放源码/,
    attribute: "licence",
    verdict: (v) => (/open.source|gpl|mit|apache/.test(v) ? (/proprietary/.test(v) ? "PARTLY" : "YES") : "NO"),
  },
  {
    asks: /\btype ?[12]\b|\bbare ?metal\b|\bhosted\b|第一型|第二型|一型|二型|裸机/,
    attribute: "hypervisorType",
    verdict: (v, q) => {
      const askedOne = /type ?1|bare ?metal|第一型|一型|裸机/.test(q);
      const isOne = /type 1|bare metal/.test(v);
      return askedOne === isOne ? "YES" : "NO";
    },
  },
  {
    asks: /\bmaintained\b|\bdeprecated\b|\bdiscontinued\b|\bsupported\b|\bdead\b|\bstill (used|developed|available|alive)\b|\bactive\b|弃用|停止|维护|还能用|淘汰/,
    attribute: "status",
    verdict: (v, q) => {
      const gone = /deprecated|archived|removed|discontinued|superseded|no longer|out of support/.test(v);
      const asksGone = /deprecated|discontinued|dead|弃用|停止|淘汰/.test(q) && !/still/.test(q);
      return gone === asksGone ? "YES" : "NO";
    },
  },
];

export function answerProperty(ctx: AnswerContext): Draft | null {
  const { reading, lang } = ctx;
  if (reading.intent !== "YES_NO") return null;
  const q = reading.normalized.folded;
  for (const check of CHECKS) {
    if (!check.asks.test(q)) continue;
    const subject: KbEntity | undefined = reading.entities.find((e) => e.attributes[check.attribute]?.text);
    const value = subject?.attributes[check.attribute];
    if (!subject || !value?.text) continue;
    const verdict = check.verdict(value.text.en.toLowerCase(), q);
    const facts = bestFacts(
      ctx,
      value.facts.flatMap((id) => ctx.graph.fact(id) ?? []),
      2,
    );
    const label = ctx.graph.bundle.attributes.find((a) => a.key === check.attribute)?.label[lang] ?? check.attribute;
    return {
      verdict,
      parts: [
        fill(verdict === "YES" ? P.yesIs : verdict === "NO" ? P.noIs : P.partly, lang),
        fill(P.answerIs, lang, {
          subject: `${subject.name[lang]} · ${label}`,
          list: value.text[lang].replace(/[.。]$/, ""),
        }),
        ...facts.map((f) => f.text[lang]),
      ],
      entities: [subject],
      facts,
    };
  }
  return null;
}
