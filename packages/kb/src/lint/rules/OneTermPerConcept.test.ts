import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { OneTermPerConcept } from "./OneTermPerConcept.js";

describe("OneTermPerConcept", () => {
  it("accepts the glossary's terms", () => expect(run(OneTermPerConcept, loadValid())).toEqual([]));

  it("reports each variant with the term to write", () => {
    const ds = loadValid();
    ds.setups[0]!.value.summary["zh-Hant"] = "在 Hyper-V 虛擬機中以行程隔離運行 Docker。";
    expect(run(OneTermPerConcept, ds)).toEqual([
      'data/setups/hyper-v-vm.yaml: summary.zh-Hant writes "虛擬機": the glossary\'s term is "虛擬機器"',
      'data/setups/hyper-v-vm.yaml: summary.zh-Hant writes "行程隔離": the glossary\'s term is "處理序隔離"',
      'data/setups/hyper-v-vm.yaml: summary.zh-Hant writes "運行": the glossary\'s term is "執行"',
    ]);
  });

  it("does not report a variant inside the term itself (虛擬機 in 虛擬機器)", () => {
    const ds = loadValid();
    ds.setups[0]!.value.summary["zh-Hant"] = "在 Hyper-V 虛擬機器中以處理序隔離執行 Docker。";
    expect(run(OneTermPerConcept, ds)).toEqual([]);
  });
});
