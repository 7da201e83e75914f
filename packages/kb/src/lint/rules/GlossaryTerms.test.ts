import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { GlossaryTerms } from "./GlossaryTerms.js";

const at = (n: number) => ({ file: "data/glossary.yaml", path: `terms[${n}]` });

describe("GlossaryTerms", () => {
  it("accepts the fixture's glossary", () => expect(run(GlossaryTerms, loadValid())).toEqual([]));

  it("reports a Taiwan term listed twice", () => {
    const ds = loadValid();
    ds.glossary.push({ value: { en: "image", "zh-Hant": "映像", "zh-Hans": "镜像" }, ...at(10) });
    expect(run(GlossaryTerms, ds)).toEqual(['data/glossary.yaml: terms[10].zh-Hant "映像" is already in terms[0]']);
  });

  it("reports terms in the wrong script", () => {
    const ds = loadValid();
    ds.glossary.push({ value: { en: "network", "zh-Hant": "网络", "zh-Hans": "網路" }, ...at(10) });
    expect(run(GlossaryTerms, ds)).toEqual([
      'data/glossary.yaml: terms[10].zh-Hant "网络" is written in Simplified script',
      'data/glossary.yaml: terms[10].zh-Hans "網路" is written in Traditional script',
    ]);
  });

  it("reports two entries that rewrite the same words to different mainland terms", () => {
    const ds = loadValid();
    // 虛擬機 and 虛擬機器 both convert to 虚拟机.
    ds.glossary.push({ value: { en: "VM", "zh-Hant": "虛擬機", "zh-Hans": "虚拟计算机" }, ...at(10) });
    expect(run(GlossaryTerms, ds)).toEqual([
      'data/glossary.yaml: terms[10].zh-Hans "虛擬機" rewrites "虚拟机" to "虚拟计算机", but terms[4] ("虛擬機器") rewrites it to "虚拟机"',
    ]);
  });
});
