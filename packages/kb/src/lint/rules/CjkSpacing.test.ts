import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataSet } from "../../load/readDataSet.js";
import { copyValid, loadValid, run } from "../__fixtures__/fixture.js";
import { CjkSpacing } from "./CjkSpacing.js";

describe("CjkSpacing", () => {
  it("accepts spaces between Chinese and Latin text", () => expect(run(CjkSpacing, loadValid())).toEqual([]));

  it("reports a space between two Chinese characters or after Chinese punctuation", () => {
    const ds = loadValid();
    ds.claims[0]!.value.claim["zh-Hant"] = "家用版不能 執行 Hyper-V， 專業版可以。";
    expect(run(CjkSpacing, ds)).toEqual([
      'data/claims.yaml: claims[0].claim.zh-Hant has a space between Chinese characters ("能 執")',
      'data/claims.yaml: claims[0].claim.zh-Hant has a space between Chinese characters ("， 專")',
    ]);
  });

  it("reports the space YAML folding leaves where a Chinese line was wrapped", () => {
    const root = copyValid();
    const file = join(root, "data/claims.yaml");
    const folded =
      "claim:\n      en: Home editions cannot run Hyper-V.\n      zh-Hant: >-\n        家用版不能\n        執行 Hyper-V。";
    const text = readFileSync(file, "utf8").replace(
      "claim: { en: Home editions cannot run Hyper-V., zh-Hant: 家用版不能執行 Hyper-V。 }",
      folded,
    );
    writeFileSync(file, text);
    expect(run(CjkSpacing, readDataSet(root))).toEqual([
      'data/claims.yaml: claims[0].claim.zh-Hant has a space between Chinese characters ("能 執")',
    ]);
  });

  it("checks a given zh-Hans too", () => {
    const ds = loadValid();
    ds.claims[0]!.value.claim["zh-Hans"] = "家庭版不能运行 Hyper-V， 专业版可以。";
    expect(run(CjkSpacing, ds)).toEqual([
      'data/claims.yaml: claims[0].claim.zh-Hans has a space between Chinese characters ("， 专")',
    ]);
  });
});
