import { describe, expect, it } from "vitest";
import { Terminology } from "../text/terminology.js";
import { countChinese, formatChineseCounts } from "./chineseCounts.js";

const terms = new Terminology([
  { en: "container image", "zh-Hant": "映像", "zh-Hans": "镜像" },
  { en: "virtual machine", "zh-Hant": "虛擬機器", "zh-Hans": "虚拟机", variants: ["虛擬機"] },
]);

describe("countChinese", () => {
  it("counts Taiwan terms in zh-Hans, mainland terms and variants in zh-Hant, and CJK spaces in both", () => {
    const bundle = {
      entities: [
        { summary: { en: "x", "zh-Hant": "在虛擬機中拉取映像", "zh-Hans": "在虚拟机中拉取映像" } },
        { name: { en: "y", "zh-Hant": "鏡像 倉庫", "zh-Hans": "镜像 仓库" } },
      ],
    };
    const c = countChinese(bundle, terms);
    expect(c).toEqual({ taiwanTerms: 1, mainlandTerms: 2, cjkSpaces: 2 });
    expect(formatChineseCounts(c)).toBe(
      "zh-Hans: 1 Taiwan-only terms, 2 CJK spaces; zh-Hant: 2 mainland or variant terms",
    );
  });
});
