import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataSet } from "../../load/readDataSet.js";
import { copyValid, loadValid, run } from "../__fixtures__/fixture.js";
import { Schema } from "./Schema.js";

describe("Schema", () => {
  it("accepts the valid fixture", () => {
    expect(run(Schema, loadValid())).toEqual([]);
  });

  it("names the file and line of broken YAML", () => {
    const root = copyValid();
    appendFileSync(join(root, "data/entities/microsoft.yaml"), "aliases: [unclosed\n");
    const out = run(Schema, readDataSet(root));
    expect(out[0]).toMatch(/^data\/entities\/microsoft\.yaml: line \d+ is not valid YAML/);
  });

  it("names the path of a missing field, an unknown key and a bad enum value", () => {
    const root = copyValid();
    const file = join(root, "data/entities/hyper-v.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("kind: HYPERVISOR", "kind: EMULATOR\ncolour: blue")
        .replace("    certainty: CONFIRMED\n", ""),
    );
    const out = run(Schema, readDataSet(root));
    expect(out).toContain('data/entities/hyper-v.yaml: has unknown key(s) "colour"');
    expect(out.some((m) => m.startsWith("data/entities/hyper-v.yaml: kind "))).toBe(true);
    expect(out.some((m) => m.startsWith("data/entities/hyper-v.yaml: facts[0].certainty "))).toBe(true);
  });

  it("rejects a date with the wrong shape", () => {
    const root = copyValid();
    const file = join(root, "data/events/history.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace('"2008-06-26"', '"26/06/2008"'));
    expect(run(Schema, readDataSet(root))).toContain(
      "data/events/history.yaml: events[0].date must be YYYY, YYYY-MM or YYYY-MM-DD",
    );
  });
});
