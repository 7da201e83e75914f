import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { UniqueIds } from "./UniqueIds.js";

describe("UniqueIds", () => {
  it("accepts distinct ids", () => expect(run(UniqueIds, loadValid())).toEqual([]));

  it("reports a fact id used twice, with both places", () => {
    const ds = loadValid();
    ds.facts[1]!.value.id = ds.facts[0]!.value.id;
    expect(run(UniqueIds, ds)).toEqual([
      `${ds.facts[1]!.file}: facts[0].id fact id "${ds.facts[0]!.value.id}" is already used in ${ds.facts[0]!.file}`,
    ]);
  });

  it("reports a source id used twice", () => {
    const ds = loadValid();
    ds.sources.push(structuredClone({ ...ds.sources[1]!, path: "sources[2]" }));
    expect(run(UniqueIds, ds)).toEqual([
      'data/sources.yaml: sources[2].id source id "hyperv-requirements" is already used in data/sources.yaml',
    ]);
  });
});
