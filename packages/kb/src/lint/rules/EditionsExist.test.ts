import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { EditionsExist } from "./EditionsExist.js";

describe("EditionsExist", () => {
  it("accepts editions the OS has", () => expect(run(EditionsExist, loadValid())).toEqual([]));

  it("reports a relation naming an edition the OS does not have", () => {
    const ds = loadValid();
    ds.entities.find((e) => e.value.slug === "hyper-v")!.value.relations[1]!.conditions!.editions = ["pro", "ultimate"];
    expect(run(EditionsExist, ds)).toEqual([
      'data/entities/hyper-v.yaml: relations[1].conditions.editions[1] "ultimate" is not an edition of "windows-10"',
    ]);
  });

  it("reports a setup rule naming an unknown edition", () => {
    const ds = loadValid();
    ds.setups[0]!.value.rules[0]!.editions = ["education"];
    expect(run(EditionsExist, ds)).toEqual([
      'data/setups/hyper-v-vm.yaml: rules[0].editions[0] "education" is not an edition of "windows-10"',
    ]);
  });
});
