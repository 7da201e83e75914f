import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { ClaimCorrections } from "./ClaimCorrections.js";

describe("ClaimCorrections", () => {
  it("accepts a corrected claim", () => expect(run(ClaimCorrections, loadValid())).toEqual([]));

  it("reports a wrong claim with no correction, and lets a correct one go without", () => {
    const ds = loadValid();
    delete ds.claims[0]!.value.correction;
    ds.claims[0]!.value.verdict = "WRONG";
    expect(run(ClaimCorrections, ds)).toEqual(["data/claims.yaml: claims[0].correction is required for verdict WRONG"]);
    ds.claims[0]!.value.verdict = "CORRECT";
    expect(run(ClaimCorrections, ds)).toEqual([]);
  });
});
