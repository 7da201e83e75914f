import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { ArchitecturesExist } from "./ArchitecturesExist.js";
import type { DataSet } from "../../load/DataSet.js";

/** The fixture's Windows 10, shipped for 32- and 64-bit PCs, with its setup rules made explicit. */
function twoArchitectures(): DataSet {
  const ds = loadValid();
  ds.entities.find((e) => e.value.slug === "windows-10")!.value.architectures = ["x86", "x64"];
  for (const r of ds.setups[0]!.value.rules) r.arch = ["x64"];
  return ds;
}

describe("ArchitecturesExist", () => {
  it("accepts rules that name an architecture of the OS", () => {
    expect(run(ArchitecturesExist, loadValid())).toEqual([]);
    expect(run(ArchitecturesExist, twoArchitectures())).toEqual([]);
  });

  it("reports a rule that leaves 32-bit and 64-bit undecided on an OS that ships for both", () => {
    const ds = twoArchitectures();
    delete ds.setups[0]!.value.rules[1]!.arch;
    expect(run(ArchitecturesExist, ds)).toEqual([
      'data/setups/hyper-v-vm.yaml: rules[1] "windows-10" ships for x86, x64: say which the rule is about with "arch"',
    ]);
  });

  it("reports a rule or a relation naming an architecture the OS does not ship for", () => {
    const ds = twoArchitectures();
    ds.setups[0]!.value.rules[0]!.arch = ["x64", "arm64"];
    ds.entities.find((e) => e.value.slug === "hyper-v")!.value.relations[1]!.conditions!.arch = "arm64";
    expect(run(ArchitecturesExist, ds)).toEqual([
      'data/entities/hyper-v.yaml: relations[1].conditions.arch "arm64" is not an architecture of "windows-10"; it has x86, x64',
      'data/setups/hyper-v-vm.yaml: rules[0].arch[1] "arm64" is not an architecture of "windows-10"; it has x86, x64',
    ]);
  });
});
