import { findCjkSpaces } from "../text/cjkSpacing.js";
import type { Terminology } from "../text/terminology.js";

/** How far the Chinese of a compiled bundle is from native usage; the build prints it. */
export interface ChineseCounts {
  /** Taiwan terms standing in zh-Hans texts (映像 for 镜像). */
  taiwanTerms: number;
  /** Mainland terms and listed variants standing in zh-Hant texts. */
  mainlandTerms: number;
  /** Whitespace between two CJK characters, in either script. */
  cjkSpaces: number;
}

/** Counts over every `zh-Hans` and `zh-Hant` string of a bundle, wherever it sits. */
export function countChinese(bundle: unknown, terms: Terminology): ChineseCounts {
  const counts: ChineseCounts = { taiwanTerms: 0, mainlandTerms: 0, cjkSpaces: 0 };
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach(walk);
      return;
    }
    if (typeof v !== "object" || v === null) return;
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === "string" && k === "zh-Hans") {
        counts.taiwanTerms += terms.taiwanTermsIn(x).length;
        counts.cjkSpaces += findCjkSpaces(x).length;
      } else if (typeof x === "string" && k === "zh-Hant") {
        counts.mainlandTerms += terms.mainlandTermsIn(x).length + terms.variantsIn(x).length;
        counts.cjkSpaces += findCjkSpaces(x).length;
      } else walk(x);
    }
  };
  walk(bundle);
  return counts;
}

export function formatChineseCounts(c: ChineseCounts): string {
  return (
    `zh-Hans: ${c.taiwanTerms} Taiwan-only terms, ${c.cjkSpaces} CJK spaces; ` +
    `zh-Hant: ${c.mainlandTerms} mainland or variant terms`
  );
}
