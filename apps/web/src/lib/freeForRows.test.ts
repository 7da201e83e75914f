import { describe, expect, it } from "vitest";
import type { ComparisonRow } from "@/graphql/operations/compare";
import { freeForRows } from "./freeForRows";

type Cell = NonNullable<ComparisonRow["cells"][number]>;
type Pricing = NonNullable<Cell["pricing"]>;

const fact = (id: string) => ({ id, text: id, sources: [] });
const priced = (pricing: Partial<Pricing> | null): Cell => ({
  value: "text that says otherwise",
  facts: [fact("price")],
  pricing: pricing && { model: "FREE", freeFor: [], paidFor: [], since: null, smallBusiness: null, ...pricing },
});
const row = (key: string, cells: (Cell | null)[]): ComparisonRow => ({ key, label: key, differs: true, cells });

// Docker Desktop, VirtualBox, Hyper-V and VMware Workstation as the data types their prices.
const desktop = priced({
  model: "FREEMIUM",
  freeFor: ["PERSONAL", "EDUCATION", "OPEN_SOURCE", "SMALL_BUSINESS"],
  paidFor: ["LARGE_BUSINESS", "GOVERNMENT"],
  since: "2021-08-31",
});
const everyone = priced({ freeFor: ["SMALL_BUSINESS", "LARGE_BUSINESS", "GOVERNMENT"] });
const included = priced({ model: "INCLUDED" });
const workstation = priced({ freeFor: ["SMALL_BUSINESS", "LARGE_BUSINESS", "GOVERNMENT"], since: "2024-11-11" });

describe("free-for rows", () => {
  it("read commercial and government use from the typed pricing of the price row", () => {
    const rows = freeForRows([
      row("kind", [null, null, null, null]),
      row("price", [desktop, everyone, included, workstation]),
    ]);
    expect(rows.map((r) => r.audience)).toEqual(["commercial", "government"]);
    const [commercial, government] = rows;
    expect(commercial!.cells.map((c) => (c.included ? "included" : c.verdict))).toEqual([
      "PARTLY",
      "YES",
      "included",
      "YES",
    ]);
    // Partly: small businesses alone; the data gives no limits here, so none are made up.
    expect(commercial!.cells[0]!.smallBusiness).toBe("unstated");
    expect(commercial!.cells[3]!.from).toBe("2024-11-11");
    expect(government!.cells.map((c) => c.verdict)).toEqual(["NO", "YES", null, "YES"]);
    expect(government!.cells[0]!.from).toBeNull();
    expect(commercial!.cells[0]!.facts.map((f) => f.id)).toEqual(["price"]);
    expect(rows.every((r) => r.differs)).toBe(true);
  });

  it("give the small-business limits where the data has them, and no verdict where it says nothing", () => {
    const limited = priced({
      model: "FREEMIUM",
      freeFor: ["SMALL_BUSINESS"],
      paidFor: ["LARGE_BUSINESS"],
      smallBusiness: { maxEmployees: 250, maxRevenueUsd: 10_000_000 },
    });
    const vague = priced({ model: "FREEMIUM", freeFor: ["PERSONAL"] });
    const [commercial] = freeForRows([row("price", [limited, vague, null])]);
    expect(commercial!.cells[0]!.smallBusiness).toEqual({ maxEmployees: 250, maxRevenueUsd: 10_000_000 });
    expect(commercial!.cells.slice(1).map((c) => c.verdict)).toEqual([null, null]);
  });

  it("make no row unless two entries have a typed price", () => {
    expect(freeForRows([row("price", [everyone, priced(null), null])])).toEqual([]);
  });
});
