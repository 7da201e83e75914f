import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { UniqueAliases } from "./UniqueAliases.js";

describe("UniqueAliases", () => {
  it("accepts distinct names", () => expect(run(UniqueAliases, loadValid())).toEqual([]));

  it("reports an alias that another entity already has, across case, hyphens and script", () => {
    const ds = loadValid();
    const win = ds.entities.find((e) => e.value.slug === "windows-10")!;
    win.value.aliases.push("Hyper V", "微軟公司");
    const out = run(UniqueAliases, ds);
    expect(out).toContain('data/entities/windows-10.yaml: aliases[1] "hyperv" is also a name or alias of "hyper-v"');
    expect(out).toContain(
      'data/entities/windows-10.yaml: aliases[2] "微软公司" is also a name or alias of "microsoft"',
    );
  });

  it("allows an entity to repeat its own name as an alias", () => {
    const ds = loadValid();
    ds.entities.find((e) => e.value.slug === "hyper-v")!.value.aliases.push("HYPER-V");
    expect(run(UniqueAliases, ds)).toEqual([]);
  });
});
