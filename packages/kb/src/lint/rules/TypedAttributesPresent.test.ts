import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { withTypedAttribute } from "../__fixtures__/typed.js";
import { TypedAttributesPresent } from "./TypedAttributesPresent.js";

const text = { en: "Proprietary", "zh-Hant": "專有" };

describe("TypedAttributesPresent", () => {
  it("accepts a typed attribute that carries its typed value", () => {
    const ds = loadValid();
    withTypedAttribute(ds, "licence", "license", { text, license: { id: "proprietary", openSource: false } });
    expect(run(TypedAttributesPresent, ds)).toEqual([]);
  });

  it("reports a typed attribute given as prose only, which the engine would have to guess from", () => {
    const ds = loadValid();
    withTypedAttribute(ds, "licence", "license", { text });
    expect(run(TypedAttributesPresent, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.licence needs a typed "license" value beside its text (attributes.yaml types "licence")',
    ]);
  });

  it("reports a typed value of another family, or on an attribute that has no type", () => {
    const ds = loadValid();
    withTypedAttribute(ds, "licence", "license", { text, hypervisor: "type-1" });
    ds.entities.find((e) => e.value.slug === "hyper-v")!.value.attributes.firstRelease = {
      value: "2008-06-26",
      lifecycle: { status: "active" },
    };
    expect(run(TypedAttributesPresent, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.firstRelease has a "lifecycle" value, but attributes.yaml types "firstRelease" as none',
      'data/entities/hyper-v.yaml: attributes.licence needs a typed "license" value beside its text (attributes.yaml types "licence")',
      'data/entities/hyper-v.yaml: attributes.licence has a "hypervisor" value, but attributes.yaml types "licence" as license',
    ]);
  });
});
