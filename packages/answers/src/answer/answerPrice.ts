import type { KbAttributeValue, KbEntity } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { bestFacts } from "./helpers.js";

/** Pricing as typed in data/: who uses a product free and who pays. */
interface Pricing {
  type: "pricing";
  model: string;
  freeFor: readonly string[];
  paidFor: readonly string[];
}

/** The typed pricing of an attribute value, where the data gives one. */
function pricingOf(value: KbAttributeValue): Pricing | null {
  const typed = (value as { typed?: { type?: string } | null }).typed;
  return typed?.type === "pricing" ? (typed as Pricing) : null;
}

/**
 * Whether the product is free for the users asked about: from the typed pricing where there is
 * one; otherwise from the price text, which the data keeps in one regular English form
 * ("Free for personal use, education… ; larger companies need a paid … subscription").
 */
function isFree(value: KbAttributeValue, audiences: readonly string[]): Verdict | null {
  const pricing = pricingOf(value);
  if (pricing) {
    if (pricing.model === "free" || pricing.model === "included") return "YES";
    if (pricing.model === "paid" || pricing.model === "subscription") return "NO";
    if (audiences.length === 0) return "PARTLY";
    const free = audiences.filter((a) => pricing.freeFor.includes(a));
    const paid = audiences.filter((a) => pricing.paidFor.includes(a));
    if (free.length === audiences.length) return "YES";
    if (paid.length === audiences.length) return "NO";
    return free.length + paid.length > 0 ? "PARTLY" : null;
  }
  const text = value.text?.en.toLowerCase() ?? "";
  if (/free for (everyone|all)|no extra charge|^included/.test(text)) return "YES";
  if (!/\bfree\b/.test(text)) return /paid|subscription|licen[cs]e/.test(text) ? "NO" : null;
  if (audiences.length === 0) return "PARTLY";
  const word: Record<string, RegExp> = {
    personal: /personal/,
    education: /education/,
    "open-source": /open source/,
    "small-business": /small business/,
  };
  if (audiences.includes("large-business")) return /larger companies need|paid/.test(text) ? "NO" : null;
  return audiences.every((a) => word[a]?.test(text)) ? "YES" : null;
}

const FLIP: Record<Verdict, Verdict> = { YES: "NO", NO: "YES", PARTLY: "PARTLY" };

/**
 * "Does VMware Workstation cost money?", "Is Docker Desktop free for schools?", "商用要收费吗？":
 * the price predicate, read against the subject's pricing. Asked whether it costs money, the
 * verdict is the other way round from whether it is free, and the lead sentence says which.
 */
export function answerPrice(ctx: AnswerContext): Draft | null {
  const { reading, lang, graph } = ctx;
  const predicate = reading.frame.predicate;
  if (predicate?.family !== "price") return null;
  if (reading.intent !== "YES_NO" && reading.intent !== "UNKNOWN") return null;
  // "Is the VirtualBox Extension Pack free?": a part priced apart from the whole it belongs to
  // is what is asked about, wherever the whole is named.
  const priced = reading.entities.filter((e) => e.attributes.price?.text);
  const partOf = (part: KbEntity, whole: KbEntity) =>
    graph.neighbours(part.slug, { type: "PART_OF", direction: "out" }).some((n) => n.entity === whole);
  const subject: KbEntity | undefined = priced.find((e) => !priced.some((p) => p !== e && partOf(p, e)));
  const value = subject?.attributes.price;
  if (!subject || !value?.text) return null;
  const audiences = reading.frame.qualifiers.filter((q) => q.slot === "audience").map((q) => q.value);
  const free = isFree(value, audiences);
  const asksPaid = predicate.value === "paid";
  const verdict = free === null ? null : asksPaid ? FLIP[free] : free;
  const facts = bestFacts(
    ctx,
    value.facts.flatMap((id) => graph.fact(id) ?? []),
    1,
  );
  const label = graph.bundle.attributes.find((a) => a.key === "price")?.label[lang] ?? "price";
  const lead =
    verdict === null
      ? fill(P.cannotSettle, lang)
      : verdict === "PARTLY"
        ? fill(P.priceDepends, lang)
        : fill(free === "YES" ? (asksPaid ? P.costNo : P.freeYes) : asksPaid ? P.costYes : P.freeNo, lang);
  return {
    verdict,
    parts: [
      lead,
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
