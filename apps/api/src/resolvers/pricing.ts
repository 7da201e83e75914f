import type { ComparisonCell, KbTypedValue } from "@dockerwin/kb";
import type { Context } from "../context.js";
import { allInLang, inLang, type InLang } from "../language.js";

type KbPricing = Extract<KbTypedValue, { type: "pricing" }>;

/** kb's values (small-business) as the schema's enum values (SMALL_BUSINESS). */
const toEnum = (value: string) => value.toUpperCase().replaceAll("-", "_");

/** A comparison cell's typed pricing, for the Pricing type; null for other attributes. */
export function pricingOf(p: InLang<ComparisonCell>): InLang<KbPricing> | null {
  const typed = p.v.typed;
  return typed?.type === "pricing" ? inLang(typed, p.lang) : null;
}

/** Pricing terms; SmallBusinessLimits is a plain object. */
export const pricingResolvers = {
  Pricing: {
    model: (p: InLang<KbPricing>) => toEnum(p.v.model),
    freeFor: (p: InLang<KbPricing>) => p.v.freeFor.map(toEnum),
    paidFor: (p: InLang<KbPricing>) => p.v.paidFor.map(toEnum),
    includedWith: (p: InLang<KbPricing>, _: unknown, ctx: Context) =>
      allInLang(
        p.v.includedWith.flatMap((s) => ctx.graph.entity(s) ?? []),
        p.lang,
      ),
    since: (p: InLang<KbPricing>) => p.v.since,
    smallBusiness: (p: InLang<KbPricing>) => p.v.smallBusiness,
  },
};
