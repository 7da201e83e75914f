import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { SlugMatchesFileName } from "./SlugMatchesFileName.js";

describe("SlugMatchesFileName", () => {
  it("accepts files named after their slug", () => expect(run(SlugMatchesFileName, loadValid())).toEqual([]));

  it("reports an entity whose file has another name", () => {
    const ds = loadValid();
    ds.entities[0]!.file = "data/entities/hyperv.yaml";
    expect(run(SlugMatchesFileName, ds)).toEqual([
      `data/entities/hyperv.yaml: slug "${ds.entities[0]!.value.slug}" does not match the file name`,
    ]);
  });
});
