import { describe, expect, it } from "vitest";
import { loadValid } from "../lint/__fixtures__/fixture.js";
import { withTypedAttribute } from "../lint/__fixtures__/typed.js";
import { compileDataSet } from "./compileDataSet.js";

describe("typed attribute values in the bundle", () => {
  const ds = loadValid();
  withTypedAttribute(ds, "price", "pricing", {
    text: { en: "Free for personal use", "zh-Hant": "個人使用免費" },
    pricing: {
      model: "freemium",
      freeFor: ["personal", "education", "open-source", "small-business"],
      paidFor: ["large-business"],
      includedWith: [],
      since: "2021-08-31",
    },
  });
  const bundle = compileDataSet(ds);
  const hyperV = bundle.entities.find((e) => e.slug === "hyper-v")!;

  it("keeps the typed value beside the prose, so an answer can reason from who pays", () => {
    expect(hyperV.attributes.price!.typed).toEqual({
      type: "pricing",
      model: "freemium",
      freeFor: ["personal", "education", "open-source", "small-business"],
      paidFor: ["large-business"],
      includedWith: [],
      since: "2021-08-31",
    });
    expect(hyperV.attributes.price!.text?.en).toBe("Free for personal use");
    expect(hyperV.attributes.vendor!.typed).toBeNull();
  });

  it("says which attributes are typed, and lists every allowed value", () => {
    expect(bundle.attributes.find((a) => a.key === "price")?.type).toBe("pricing");
    expect(bundle.attributes.find((a) => a.key === "vendor")?.type).toBeNull();
    expect(bundle.valueTypes.audiences).toContain("large-business");
    expect(bundle.valueTypes.licenses).toContainEqual({ id: "proprietary", openSource: false });
    expect(bundle.valueTypes.lifecycleStatuses).toContain("end-of-support");
    expect(bundle.valueTypes.architectures).toEqual(["x86", "x64", "arm64"]);
  });
});
