import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { KnownAttributes } from "./KnownAttributes.js";

describe("KnownAttributes", () => {
  it("accepts declared keys", () => expect(run(KnownAttributes, loadValid())).toEqual([]));

  it("reports an undeclared attribute", () => {
    const ds = loadValid();
    ds.entities.find((e) => e.value.slug === "hyper-v")!.value.attributes.colour = { value: "blue" };
    expect(run(KnownAttributes, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.colour "colour" is not declared in data/attributes.yaml',
    ]);
  });
});
