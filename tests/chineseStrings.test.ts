import { readDataSet, terminologyOf, findCjkSpaces } from "@dockerwin/kb/build";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The Chinese that code writes, outside data/: the web app's fixed strings and the sentences the
// answer engine builds around facts. They are held to the same glossary as data/.
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const terms = terminologyOf(readDataSet(ROOT).glossary);

// Imported by path at run time: the modules' type-only imports use the web app's path aliases.
const load = async (rel: string): Promise<Record<string, unknown>> =>
  (await import(new URL(rel, import.meta.url).href)) as Record<string, unknown>;

/** Every string under a value, with its path; cue lists are what people type, in either script. */
function strings(v: unknown, path = ""): [string, string][] {
  if (typeof v === "string") return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, `${path}[${i}]`));
  if (typeof v === "object" && v !== null) {
    return Object.entries(v).flatMap(([k, x]) => (k === "cues" ? [] : strings(x, path ? `${path}.${k}` : k)));
  }
  return [];
}

function problems(list: [string, string][], script: "zh-Hans" | "zh-Hant"): string[] {
  // An empty list would pass without checking anything.
  if (list.length < 20) return [`only ${list.length} strings found`];
  return list.flatMap(([path, s]) => [
    ...(script === "zh-Hans" ? terms.taiwanTermsIn(s) : [...terms.mainlandTermsIn(s), ...terms.variantsIn(s)]).map(
      (h) => `${path}: "${h.found}" → "${h.write}"`,
    ),
    ...findCjkSpaces(s).map((sp) => `${path}: space in "${sp.excerpt}"`),
  ]);
}

describe("Chinese written by code", () => {
  it("the web app's Simplified strings use mainland terms", async () => {
    const { zhHans } = await load("../apps/web/src/i18n/messages/zh-Hans.ts");
    expect(problems(strings(zhHans), "zh-Hans")).toEqual([]);
  });

  it("the web app's Traditional strings use Taiwan terms", async () => {
    const { zhHant } = await load("../apps/web/src/i18n/messages/zh-Hant.ts");
    expect(problems(strings(zhHant), "zh-Hant")).toEqual([]);
  });

  it("the answer engine's sentences use each region's terms", async () => {
    const { P } = await load("../packages/answers/src/text/phrases.ts");
    const texts = strings(P);
    const of = (key: string) => texts.filter(([p]) => p.endsWith(`.${key}`) || p === key);
    expect(problems(of("zh-Hans"), "zh-Hans")).toEqual([]);
    expect(problems(of("zh-Hant"), "zh-Hant")).toEqual([]);
  });
});
