import { describe, expect, it } from "vitest";
import type { CompareRelation } from "@/graphql/operations/compareRelations";
import { yesNoRows } from "./yesNoRows";

const fact = (id: string) => ({ id, text: id, sources: [] });
const ref = (slug: string, kind = "HYPERVISOR") =>
  ({ slug, name: slug.toUpperCase(), kind }) as CompareRelation["entity"];
const os = (slug: string, editions: string[]) =>
  ({
    ...ref(slug, "OS_VERSION"),
    editions: editions.map((id) => ({ id, name: `${slug} ${id}` })),
  }) as CompareRelation["entity"];
const rel = (
  type: CompareRelation["type"],
  entity: CompareRelation["entity"],
  conditions: Partial<NonNullable<CompareRelation["conditions"]>> | null = null,
): CompareRelation => ({
  type,
  entity,
  conditions: conditions && { editions: null, minBuild: null, from: null, until: null, ...conditions },
  facts: [fact(`${type}-${entity.slug}`)],
});

// Three hypervisors as the data describes them: the first runs only on some editions, the other
// two coexist with it from a date on.
const win = os("win", ["home", "pro", "enterprise"]);
const compared = [
  {
    slug: "hv",
    relations: [rel("RUNS_ON", win, { editions: ["pro", "enterprise"] }), rel("COEXISTS_WITH", ref("vb"))],
  },
  { slug: "vb", relations: [rel("RUNS_ON", win), rel("COEXISTS_WITH", ref("hv"), { from: "2018-12-18" })] },
  {
    slug: "vw",
    relations: [rel("RUNS_ON", win, { minBuild: 19041 }), rel("CONFLICTS_WITH", ref("hv"), { until: "2020-05" })],
  },
];

describe("yesNoRows", () => {
  it("makes a row for what two or more entries run alongside, yes, partly or the entry itself", () => {
    const rows = yesNoRows(compared).filter((r) => r.kind === "alongside");
    expect(rows.map((r) => r.subject?.slug)).toEqual(["hv"]);
    const [hv] = rows;
    expect(hv!.cells.map((c) => (c.itself ? "itself" : c.verdict))).toEqual(["itself", "YES", "PARTLY"]);
    expect(hv!.cells[1]).toMatchObject({ from: "2018-12-18", facts: [fact("COEXISTS_WITH-hv")] });
    expect(hv!.cells[2]).toMatchObject({ until: "2020-05" });
    expect(hv!.differs).toBe(true);
  });

  it("makes a row for each edition that an entry limited to some editions leaves out", () => {
    const rows = yesNoRows(compared).filter((r) => r.kind === "edition");
    expect(rows.map((r) => r.edition?.id)).toEqual(["home"]);
    expect(rows[0]!.edition?.name).toBe("win home");
    expect(rows[0]!.cells.map((c) => c.verdict)).toEqual(["NO", "YES", "YES"]);
    expect(rows[0]!.cells[0]!.minBuild).toBeNull();
    expect(rows[0]!.cells[2]!.minBuild).toBe(19041);
  });

  it("takes any of an entry's ways of running on a system that allows the edition", () => {
    const later = rel("RUNS_ON", win, { from: "2020-05-27" });
    const rows = yesNoRows([
      { slug: "dd", relations: [rel("RUNS_ON", win, { editions: ["pro"] }), later] },
      { slug: "tb", relations: [rel("RUNS_ON", win, { editions: ["pro"] })] },
    ]);
    const home = rows.find((r) => r.edition?.id === "home");
    expect(home?.cells.map((c) => c.verdict)).toEqual(["YES", "NO"]);
    expect(home?.cells[0]?.from).toBe("2020-05-27");
  });

  it("says nothing where the data says nothing", () => {
    const rows = yesNoRows([...compared, { slug: "none", relations: [] }]);
    expect(rows.every((r) => r.cells[3]!.verdict === null && !r.cells[3]!.itself)).toBe(true);
    expect(
      yesNoRows([
        { slug: "a", relations: [] },
        { slug: "b", relations: [] },
      ]),
    ).toEqual([]);
  });
});
