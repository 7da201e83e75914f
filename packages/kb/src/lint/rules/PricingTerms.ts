import type { LintMessage } from "../../load/DataSet.js";
import { AUDIENCES } from "../../schema/typedValue.js";
import { message, type Rule } from "../Rule.js";
import { typedAttributes } from "../typedAttributes.js";

/**
 * Pricing terms must answer "is it free for me?" for every kind of user, and only one way: the
 * free and paid groups do not overlap and, together, cover everyone.
 */
export const PricingTerms: Rule = {
  name: "PricingTerms",
  description: "Pricing terms say, once, whether each kind of user pays.",
  check(ds) {
    const slugs = new Set(ds.entities.map((e) => e.value.slug));
    const out: LintMessage[] = [];
    for (const { value, file, path } of typedAttributes(ds, "pricing")) {
      const p = value.pricing;
      if (!p) continue;
      const at = { file, path: `${path}.pricing` };
      const both = p.freeFor.filter((a) => p.paidFor.includes(a));
      if (both.length > 0) out.push(message(this.name, at, `${both.join(", ")} cannot be both free and paid`));
      const missing = AUDIENCES.filter((a) => !p.freeFor.includes(a) && !p.paidFor.includes(a));
      if (p.model === "included") {
        if (p.includedWith.length === 0)
          out.push(message(this.name, at, `model "included" needs "includedWith": the products it comes with`));
        for (const s of p.includedWith.filter((s) => !slugs.has(s)))
          out.push(message(this.name, at, `includedWith names no entity: "${s}"`));
        continue;
      }
      if (p.includedWith.length > 0) out.push(message(this.name, at, `"includedWith" is only for model "included"`));
      if (missing.length > 0) out.push(message(this.name, at, `says neither free nor paid for ${missing.join(", ")}`));
      if (p.model === "free" && p.paidFor.length > 0)
        out.push(message(this.name, at, `model "free" cannot have paidFor (${p.paidFor.join(", ")}); use "freemium"`));
      if ((p.model === "paid" || p.model === "subscription") && p.freeFor.length > 0)
        out.push(
          message(this.name, at, `model "${p.model}" cannot have freeFor (${p.freeFor.join(", ")}); use "freemium"`),
        );
      if (p.model === "freemium" && (p.freeFor.length === 0 || p.paidFor.length === 0))
        out.push(message(this.name, at, `model "freemium" needs both freeFor and paidFor`));
    }
    return out;
  },
};
