import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { ReachableSetupRules } from "./ReachableSetupRules.js";

describe("ReachableSetupRules", () => {
  it("accepts narrow rules before broad ones", () => expect(run(ReachableSetupRules, loadValid())).toEqual([]));

  it("reports every rule hidden by an earlier broad rule for the same OS, build-specific ones too", () => {
    const ds = loadValid();
    const rules = ds.setups[0]!.value.rules;
    rules.unshift(structuredClone(rules[2]!));
    expect(run(ReachableSetupRules, ds)).toEqual([
      "data/setups/hyper-v-vm.yaml: rules[1] never applies: rules[0] already matches every case it covers",
      "data/setups/hyper-v-vm.yaml: rules[2] never applies: rules[0] already matches every case it covers",
      "data/setups/hyper-v-vm.yaml: rules[3] never applies: rules[0] already matches every case it covers",
    ]);
  });

  it("lets a rule for one architecture come after a rule for another", () => {
    const ds = loadValid();
    const rules = ds.setups[0]!.value.rules;
    rules.unshift({ ...structuredClone(rules[2]!), arch: ["x86"] });
    expect(run(ReachableSetupRules, ds)).toEqual([]);
  });

  it("reports a rule for one architecture hidden by an earlier rule for every architecture (Pro, every build)", () => {
    const ds = loadValid();
    const rules = ds.setups[0]!.value.rules;
    rules.push({ ...structuredClone(rules[0]!), arch: ["arm64"] });
    expect(run(ReachableSetupRules, ds)).toEqual([
      "data/setups/hyper-v-vm.yaml: rules[3] never applies: rules[0] already matches every case it covers",
    ]);
  });
});
