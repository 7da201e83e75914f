import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { UniqueSlugs } from "./UniqueSlugs.js";

describe("UniqueSlugs", () => {
  it("accepts distinct slugs", () => expect(run(UniqueSlugs, loadValid())).toEqual([]));

  it("reports the second entity with a slug already used", () => {
    const ds = loadValid();
    const copy = structuredClone(ds.entities[0]!);
    ds.entities.push({ ...copy, file: "data/entities/copy.yaml" });
    expect(run(UniqueSlugs, ds)).toEqual([
      `data/entities/copy.yaml: slug "${copy.value.slug}" is already used by ${copy.file}`,
    ]);
  });
});
