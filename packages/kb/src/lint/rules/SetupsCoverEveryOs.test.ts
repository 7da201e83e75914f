import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { SetupsCoverEveryOs } from "./SetupsCoverEveryOs.js";

describe("SetupsCoverEveryOs", () => {
  it("accepts setups that all cover the same operating systems", () => {
    const ds = loadValid();
    ds.setups.push({ ...structuredClone(ds.setups[0]!), file: "data/setups/other.yaml" });
    expect(run(SetupsCoverEveryOs, ds)).toEqual([]);
  });

  it("reports a setup with no rule for an OS another setup covers, the hole a new OS leaves", () => {
    const ds = loadValid();
    const other = { ...structuredClone(ds.setups[0]!), file: "data/setups/other.yaml" };
    other.value.rules.push({ ...structuredClone(other.value.rules[0]!), os: "windows-server-2025" });
    ds.setups.push(other);
    expect(run(SetupsCoverEveryOs, ds)).toEqual([
      'data/setups/hyper-v-vm.yaml: rules has no rule for "windows-server-2025", which other setups cover',
    ]);
  });
});
