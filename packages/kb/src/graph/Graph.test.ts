import { describe, expect, it } from "vitest";
import { compileDataSet } from "../compile/compileDataSet.js";
import { loadValid } from "../lint/__fixtures__/fixture.js";
import { compare } from "./compare.js";
import { compatibility, compatibilityMatrix } from "./compatibility.js";
import { Graph } from "./Graph.js";
import { timeline } from "./timeline.js";

const graph = new Graph(compileDataSet(loadValid()));

describe("Graph", () => {
  it("finds entities by slug, name and alias in any case, width or script", () => {
    expect(graph.entity("hyper-v")?.name.en).toBe("Hyper-V");
    expect(graph.entityByName("HYPER V")?.slug).toBe("hyper-v");
    expect(graph.entityByName("ｗｉｎ１０")?.slug).toBe("windows-10");
    expect(graph.entityByName("微軟公司")?.slug).toBe("microsoft");
    expect(graph.entityByName("windows 77")).toBeUndefined();
  });

  it("derives Simplified Chinese, with the overrides applied", () => {
    const fact = graph.fact("hyperv-win10-editions")!;
    expect(fact.text["zh-Hans"]).toBe("Windows 10 专业版可以启用 Hyper-V。");
    expect(fact.text["zh-Hant"]).toBe("Windows 10 專業版可以啟用 Hyper-V。");
  });

  it("lists facts of an entity, including those that only name it", () => {
    expect(graph.factsOf("windows-10").map((f) => f.id)).toEqual(["hyperv-win10-editions"]);
    expect(graph.factsOf("hyper-v").map((f) => f.id)).toEqual(["hyperv-win10-editions", "article-hyperv-home"]);
  });

  it("walks relations both ways", () => {
    expect(graph.neighbours("hyper-v", { type: "MADE_BY" }).map((n) => n.entity.slug)).toEqual(["microsoft"]);
    expect(graph.neighbours("windows-10", { direction: "in" }).map((n) => [n.relation.type, n.entity.slug])).toEqual([
      ["RUNS_ON", "hyper-v"],
    ]);
  });

  it("hands out a list of its own on every walk: changing one leaves the next walk whole", () => {
    const first = graph.neighbours("hyper-v");
    const all = first.map((n) => [n.direction, n.relation.type, n.entity.slug]);
    expect(all).toEqual([
      ["out", "MADE_BY", "microsoft"],
      ["out", "RUNS_ON", "windows-10"],
    ]);
    first.length = 0;
    expect(graph.neighbours("hyper-v").map((n) => [n.direction, n.relation.type, n.entity.slug])).toEqual(all);
    expect(graph.neighbours("hyper-v", { direction: "in" })).toEqual([]);
    expect(() => {
      (graph.neighbours("hyper-v")[0] as { direction: string }).direction = "in";
    }).toThrow();
  });

  it("is immutable", () => {
    expect(() => {
      (graph.entity("hyper-v")!.aliases as string[]).push("x");
    }).toThrow();
  });

  it("counts what it holds and versions the data", () => {
    expect(graph.stats()).toMatchObject({ entities: 3, facts: 2, events: 1, sources: 2, relations: 2 });
    expect(graph.dataVersion).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("timeline", () => {
  it("filters by date range at any precision, and by entity", () => {
    expect(timeline(graph, { from: "2008", to: "2008-06" })).toHaveLength(1);
    expect(timeline(graph, { from: "2008-07" })).toHaveLength(0);
    expect(timeline(graph, { entity: "microsoft" })).toHaveLength(0);
  });
});

describe("compare", () => {
  it("puts attributes side by side and marks differences", () => {
    const c = compare(graph, ["hyper-v", "microsoft"]);
    expect(c.rows.map((r) => r.key)).toEqual(["kind", "vendor", "firstRelease"]);
    const vendor = c.rows[1]!;
    expect(vendor.values[0]?.text["zh-Hant"]).toBe("微軟");
    expect(vendor.values[0]?.facts).toEqual(["hyperv-win10-editions"]);
    expect(vendor.values[1]).toBeNull();
    expect(vendor.differs).toBe(true);
  });
});

describe("compatibility", () => {
  const verdict = (q: Parameters<typeof compatibility>[1]) => compatibility(graph, q)[0]!.verdict;

  it("takes the first rule that matches edition and build", () => {
    expect(verdict({ os: "windows-10", edition: "pro" })).toBe("YES");
    expect(verdict({ os: "windows-10", edition: "home", build: 19041 })).toBe("PARTLY");
    expect(verdict({ os: "windows-10", edition: "home", build: 18363 })).toBe("NO");
  });

  it("says PARTLY, with every reason, when the answer depends on what the question left open", () => {
    const cell = compatibility(graph, { os: "windows-10" })[0]!;
    expect(cell.verdict).toBe("PARTLY");
    expect(cell.reason?.en).toContain("Pro has Hyper-V.");
    expect(cell.reason?.en).toContain("Home has no Hyper-V.");
  });

  it("has no verdict for an OS no rule covers", () => {
    expect(verdict({ os: "windows-7" })).toBeNull();
  });

  it("computes matrix rows per edition and build range", () => {
    const rows = compatibilityMatrix(graph).map((r) => [r.edition, r.minBuild, r.maxBuild, r.cells[0]!.verdict]);
    expect(rows).toEqual([
      ["home", null, 19041, "NO"],
      ["home", 19041, null, "PARTLY"],
      ["pro", null, 19041, "YES"],
      ["pro", 19041, null, "YES"],
    ]);
  });
});

describe("compatibility by architecture", () => {
  // The fixture's Windows 10, shipped for 32- and 64-bit PCs, where the setup needs 64-bit.
  const ds = loadValid();
  ds.entities.find((e) => e.value.slug === "windows-10")!.value.architectures = ["x86", "x64"];
  const rules = ds.setups[0]!.value.rules;
  for (const r of rules) r.arch = ["x64"];
  rules.unshift({
    os: "windows-10",
    arch: ["x86"],
    verdict: "NO",
    reason: { en: "Needs 64-bit Windows.", "zh-Hant": "需要 64 位元 Windows。" },
    facts: ["hyperv-win10-editions"],
  });
  const archGraph = new Graph(compileDataSet(ds));
  const cell = (q: Parameters<typeof compatibility>[1]) => compatibility(archGraph, q)[0]!;

  it("answers for the architecture asked, and says which it answered for", () => {
    expect(cell({ os: "windows-10", edition: "pro", arch: "x86" })).toMatchObject({ verdict: "NO", arch: "x86" });
    expect(cell({ os: "windows-10", edition: "pro", arch: "x64" })).toMatchObject({ verdict: "YES", arch: "x64" });
  });

  it("says PARTLY, naming the 32-bit case, when the question leaves the architecture open", () => {
    const open = cell({ os: "windows-10", edition: "pro" });
    expect(open.verdict).toBe("PARTLY");
    expect(open.arch).toBeNull();
    expect(open.reason?.en).toContain("Needs 64-bit Windows.");
    expect(open.reason?.en).toContain("Pro has Hyper-V.");
  });

  it("has no verdict for an architecture no rule covers", () => {
    expect(cell({ os: "windows-10", edition: "pro", arch: "arm64" }).verdict).toBeNull();
  });

  it("splits matrix rows by architecture, without splitting a row that one rule settles", () => {
    const rows = compatibilityMatrix(archGraph).map((r) => [r.arch, r.edition, r.minBuild, r.cells[0]!.verdict]);
    expect(rows).toEqual([
      ["x86", null, null, "NO"],
      ["x64", "home", null, "NO"],
      ["x64", "home", 19041, "PARTLY"],
      ["x64", "pro", null, "YES"],
      ["x64", "pro", 19041, "YES"],
    ]);
  });

  it("keeps one row per edition and build, with no architecture, where no rule names one", () => {
    expect(compatibilityMatrix(graph).every((r) => r.arch === null)).toBe(true);
  });
});

describe("compatibility today", () => {
  // The fixture's rule from build 19041 is PARTLY over every release; say its current one is NO.
  const ds = loadValid();
  ds.setups[0]!.value.rules.find((r) => r.minBuild === 19041)!.current = "NO";
  const nowGraph = new Graph(compileDataSet(ds));
  const verdict = (q: Parameters<typeof compatibility>[1]) => compatibility(nowGraph, q)[0]!.verdict;

  it("answers a question about now with the current verdict, where the data gives one", () => {
    expect(verdict({ os: "windows-10", edition: "home", build: 19041 })).toBe("PARTLY");
    expect(verdict({ os: "windows-10", edition: "home", build: 19041, now: true })).toBe("NO");
  });

  it("keeps the verdict where the data gives no current one", () => {
    expect(verdict({ os: "windows-10", edition: "pro", now: true })).toBe("YES");
  });
});
