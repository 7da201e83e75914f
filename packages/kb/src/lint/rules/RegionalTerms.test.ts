import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { RegionalTerms } from "./RegionalTerms.js";

describe("RegionalTerms", () => {
  it("accepts Taiwan terms in zh-Hant and the mainland terms they derive", () =>
    expect(run(RegionalTerms, loadValid())).toEqual([]));

  it("reports a Taiwan term in a given zh-Hans, with the mainland term", () => {
    const ds = loadValid();
    ds.entities.find((e) => e.value.slug === "hyper-v")!.value.facts[0]!.text["zh-Hans"] =
      "Windows 10 专业版可以启用 Hyper-V，再拉取映像。";
    expect(run(RegionalTerms, ds)).toEqual([
      'data/entities/hyper-v.yaml: facts[0].text.zh-Hans has the Taiwan term "映像": the mainland writes "镜像"',
    ]);
  });

  it("reports a mainland term in zh-Hant, with the Taiwan term", () => {
    const ds = loadValid();
    ds.claims[0]!.value.claim["zh-Hant"] = "家庭版不能執行 Hyper-V。";
    expect(run(RegionalTerms, ds)).toEqual([
      'data/claims.yaml: claims[0].claim.zh-Hant has the mainland term "家庭版": Taiwan writes "家用版"',
    ]);
  });

  it("reports a Taiwan term that derivation leaves in zh-Hans", () => {
    const ds = loadValid();
    // A wrong glossary entry keeps 映像 in its mainland term, so 基礎映像 derives as 基础映像.
    ds.glossary.push({
      value: { en: "base image", "zh-Hant": "基礎映像", "zh-Hans": "基础映像" },
      file: "data/glossary.yaml",
      path: "terms[99]",
    });
    ds.events[0]!.value.title["zh-Hant"] = "Hyper-V 基礎映像推出";
    expect(run(RegionalTerms, ds)).toEqual([
      'data/events/history.yaml: events[0].title.zh-Hant becomes the Taiwan term "映像" in the derived zh-Hans: ' +
        'the mainland writes "镜像" (add the phrase to data/glossary.yaml or give zh-Hans)',
    ]);
  });

  it("does not take a longer Taiwan term for the mainland word inside it", () => {
    const ds = loadValid();
    // 64 位 is the mainland term, and it stands inside the Taiwan term 64 位元.
    ds.claims[0]!.value.claim["zh-Hant"] = "只有 64 位元的家用版不能執行 Hyper-V。";
    expect(run(RegionalTerms, ds)).toEqual([]);
  });
});
