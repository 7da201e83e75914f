import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataSet } from "../../load/readDataSet.js";
import { copyValid, loadValid, run } from "../__fixtures__/fixture.js";
import { ReferencesResolve } from "./ReferencesResolve.js";
import { Schema } from "./Schema.js";
import { SlugMatchesFileName } from "./SlugMatchesFileName.js";

const FILE = "data/errors/hyper-v-component-not-running.yaml";

describe("the general rules on error entries", () => {
  it("report an entity, an OS and a source that do not exist", () => {
    const ds = loadValid();
    const e = ds.errors.find((r) => r.file === FILE)!.value;
    e.entities.push("hyper-x");
    e.conditions = { os: ["windows-12"] };
    e.sources.push("nowhere");
    expect(run(ReferencesResolve, ds)).toEqual([
      `${FILE}: entities[1] "hyper-x" is not an entity`,
      `${FILE}: conditions.os[0] "windows-12" is not an entity`,
      `${FILE}: sources[1] "nowhere" is not a source`,
    ]);
  });

  it("report a file not named after its slug", () => {
    const ds = loadValid();
    ds.errors[0]!.file = "data/errors/hyperv-broken.yaml";
    expect(run(SlugMatchesFileName, ds)).toEqual([
      `data/errors/hyperv-broken.yaml: slug "${ds.errors[0]!.value.slug}" does not match the file name`,
    ]);
  });

  it("report, with file and path, a code in capitals, an unknown shell and a missing cause", () => {
    const root = copyValid();
    const file = join(root, FILE);
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace('"0xc0370106"', '"0XC0370106"')
        .replace("shell: cmd", "shell: fish")
        .replace(/cause:\n(?: {2}.*\n)+/, ""),
    );
    const out = run(Schema, readDataSet(root));
    expect(out).toContain(
      `${FILE}: codes[0] must be lower-case hex such as 0x80370102 or a status such as VERR_VMX_NO_VMX`,
    );
    expect(out.some((m) => m.startsWith(`${FILE}: fix[0].shell `))).toBe(true);
    expect(out).toContain(`${FILE}: cause is required (object)`);
  });
});
