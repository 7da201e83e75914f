import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { withTypedAttribute } from "../__fixtures__/typed.js";
import { LicenseTerms } from "./LicenseTerms.js";

const text = { en: "A licence", "zh-Hant": "授權" };

describe("LicenseTerms", () => {
  it("accepts an open-source flag that agrees with the licence", () => {
    const ds = loadValid();
    withTypedAttribute(ds, "licence", "license", { text, license: { id: "GPL-3.0-only", openSource: true } });
    expect(run(LicenseTerms, ds)).toEqual([]);
  });

  it("reports a proprietary licence marked open source, and an open-source one marked closed", () => {
    const ds = loadValid();
    const value = withTypedAttribute(ds, "licence", "license", {
      text,
      license: { id: "proprietary", openSource: true },
    });
    expect(run(LicenseTerms, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.licence.license.openSource "proprietary" is not an open-source licence, so openSource must be false',
    ]);
    value.license = { id: "Apache-2.0", openSource: false };
    expect(run(LicenseTerms, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.licence.license.openSource "Apache-2.0" is an open-source licence, so openSource must be true',
    ]);
  });
});
