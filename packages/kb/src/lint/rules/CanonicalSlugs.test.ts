import { describe, expect, it } from "vitest";
import { ctx, loadValid, run } from "../__fixtures__/fixture.js";
import { CanonicalSlugs } from "./CanonicalSlugs.js";

describe("CanonicalSlugs", () => {
  it("accepts data that has every canonical slug", () => expect(run(CanonicalSlugs, loadValid())).toEqual([]));

  it("reports a missing canonical slug and one of the wrong kind", () => {
    const out = run(CanonicalSlugs, loadValid(), {
      ...ctx,
      canonical: { ...ctx.canonical, "docker-toolbox": "PRODUCT", "windows-10": "PRODUCT" },
    });
    expect(out).toEqual([
      'data/entities/docker-toolbox.yaml: is missing: "docker-toolbox" is a canonical slug',
      'data/entities/windows-10.yaml: kind must be PRODUCT for canonical slug "windows-10"',
    ]);
  });
});
