import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { withTypedAttribute } from "../__fixtures__/typed.js";
import { PricingTerms } from "./PricingTerms.js";

const text = { en: "Free for some", "zh-Hant": "部分免費" };
const everyone = ["personal", "education", "open-source", "small-business", "large-business", "government"] as const;

function pricing(p: Partial<{ model: string; freeFor: string[]; paidFor: string[]; includedWith: string[] }>) {
  const ds = loadValid();
  withTypedAttribute(ds, "price", "pricing", {
    text,
    pricing: { model: "free", freeFor: [], paidFor: [], includedWith: [], ...p } as never,
  });
  return run(PricingTerms, ds);
}

describe("PricingTerms", () => {
  it("accepts terms that say, for every kind of user, whether they pay", () => {
    expect(pricing({ model: "free", freeFor: [...everyone] })).toEqual([]);
    expect(
      pricing({
        model: "freemium",
        freeFor: ["personal", "education", "open-source", "small-business"],
        paidFor: ["large-business", "government"],
      }),
    ).toEqual([]);
    expect(pricing({ model: "included", includedWith: ["windows-10"] })).toEqual([]);
  });

  it("reports a user left out, so 'is it free for a large company?' would have no answer", () => {
    expect(pricing({ model: "freemium", freeFor: ["personal"], paidFor: ["large-business"] })).toEqual([
      "data/entities/hyper-v.yaml: attributes.price.pricing says neither free nor paid for education, open-source, small-business, government",
    ]);
  });

  it("reports a user both free and paid, and a model that contradicts its lists", () => {
    expect(pricing({ model: "free", freeFor: [...everyone], paidFor: ["large-business"] })).toEqual([
      "data/entities/hyper-v.yaml: attributes.price.pricing large-business cannot be both free and paid",
      'data/entities/hyper-v.yaml: attributes.price.pricing model "free" cannot have paidFor (large-business); use "freemium"',
    ]);
    expect(
      pricing({
        model: "paid",
        freeFor: ["personal"],
        paidFor: ["education", "open-source", "small-business", "large-business", "government"],
      }),
    ).toEqual([
      'data/entities/hyper-v.yaml: attributes.price.pricing model "paid" cannot have freeFor (personal); use "freemium"',
    ]);
  });

  it("reports an included product that names nothing it comes with, or an unknown product", () => {
    expect(pricing({ model: "included" })).toEqual([
      'data/entities/hyper-v.yaml: attributes.price.pricing model "included" needs "includedWith": the products it comes with',
    ]);
    expect(pricing({ model: "included", includedWith: ["windows-95"] })).toEqual([
      'data/entities/hyper-v.yaml: attributes.price.pricing includedWith names no entity: "windows-95"',
    ]);
  });
});
