import type { KbAttributeValue, KbEntity } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { bestFacts } from "./helpers.js";
import { quantitiesOf } from "./quantities.js";

/** Pricing as typed in data/: who uses a product free and who pays. */
interface Pricing {
  type: "pricing";
  model: string;
  freeFor: readonly string[];
  paidFor: readonly string[];
  smallBusiness: { maxEmployees: number; maxRevenueUsd: number } | null;
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
    // A business of unknown size: free for it where small and large ones both are, paid where
    // both pay, and otherwise it depends on its size.
    if (audiences.includes("commercial")) {
      const business = ["small-business", "large-business"];
      if (business.every((a) => pricing.freeFor.includes(a))) return "YES";
      if (business.every((a) => pricing.paidFor.includes(a))) return "NO";
      return "PARTLY";
    }
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
  // In a message that tells a story, the first thing the asking sentence names is what is asked
  // about: "Our project has no licence for Docker Desktop. If we install docker-ce in WSL 2
  // instead, do we still need a paid subscription?" asks of docker-ce, whose price the data
  // does not type, not of Docker Desktop.
  const askedFirst = reading.frame.context
    ? reading.frame.asked.find((e) => !e.concept && e.kind !== "OS_VERSION" && e.kind !== "COMPANY")
    : undefined;
  if (askedFirst && !askedFirst.attributes.price?.text) return null;
  const priced = reading.entities.filter((e) => e.attributes.price?.text);
  const partOf = (part: KbEntity, whole: KbEntity) =>
    graph.neighbours(part.slug, { type: "PART_OF", direction: "out" }).some((n) => n.entity === whole);
  const subject: KbEntity | undefined = priced.find((e) => !priced.some((p) => p !== e && partOf(p, e)));
  const value = subject?.attributes.price;
  if (!subject || !value?.text) return null;
  // "Docker Desktop now needs a subscription: does the Docker Engine we install on Windows Server
  // have to be paid for too?": the price of a whole says nothing of a part it includes that the
  // question names and the data prices apart from it, or not at all.
  const includes = graph.neighbours(subject.slug, { type: "INCLUDES", direction: "out" }).map((n) => n.entity);
  if (reading.frame.asked.some((e) => e !== subject && includes.includes(e) && !e.attributes.price?.text)) return null;
  const audiences = audiencesOf(ctx, pricingOf(value));
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
    // "只有 20 名員工", "only 12 staff": an "only" before a headcount says how few, not a condition.
    ...(onlyACount(ctx) ? { consumed: ["exclusive" as const] } : {}),
  };
}

/** Whether every "only" of the question stands right before a number. */
function onlyACount(ctx: AnswerContext): boolean {
  const { frame, question } = ctx.reading;
  const only = frame.qualifiers.filter((q) => q.slot === "exclusive");
  const q = question.toLowerCase();
  return (
    only.length > 0 &&
    only.every((o) => {
      const at = q.indexOf(o.cue.toLowerCase());
      return at >= 0 && /^\s*(?:about\s+|around\s+)?\d/.test(q.slice(at + o.cue.length));
    })
  );
}

/**
 * Who the question says pays: its audience words, where a size it states ("300 employees",
 * "US$5 million revenue") is set against the terms' small-business limits, and a business named
 * with a size or a size word ("a big company") is no longer one of unknown size.
 */
function audiencesOf(ctx: AnswerContext, pricing: Pricing | null): string[] {
  const { frame, question } = ctx.reading;
  const named = [...new Set(frame.qualifiers.filter((q) => q.slot === "audience").map((q) => q.value))];
  const business = (a: string) => a === "small-business" || a === "large-business" || a === "commercial";
  // An audience named with no business word ("a government agency with 50 staff", "a school of
  // 400 pupils") is priced as itself, whatever size the question gives it.
  if (named.length > 0 && !named.some(business)) return named;
  const sized = sizeOf(ctx, pricing);
  const known = sized ? [...named.filter((a) => a !== "small-business" && a !== "large-business"), sized] : named;
  const specific = known.some((a) => a !== "commercial");
  // A size word given without a number ("how many employees") says nothing of the size.
  const sizeWord = frame.qualifiers.some((q) => q.slot === "size");
  if (sizeWord && !sized && pricing?.smallBusiness && /\d/.test(question))
    return [...known.filter((a) => a !== "small-business" && a !== "large-business"), "commercial"];
  return specific ? known.filter((a) => a !== "commercial") : known;
}

/** "small-business" or "large-business" from the headcount and revenue the question states. */
function sizeOf(ctx: AnswerContext, pricing: Pricing | null): string | null {
  const limits = pricing?.smallBusiness;
  if (!limits) return null;
  const q = ctx.reading.question;
  const quantities = quantitiesOf(ctx.graph);
  const employees = quantities.headcount(q);
  const revenue = quantities.revenueUsd(q);
  if ((employees !== null && employees >= limits.maxEmployees) || (revenue !== null && revenue >= limits.maxRevenueUsd))
    return "large-business";
  return employees !== null && revenue !== null ? "small-business" : null;
}
