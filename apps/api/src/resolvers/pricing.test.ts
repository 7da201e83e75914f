import { AUDIENCES, PRICING_MODELS } from "@dockerwin/kb";
import { buildASTSchema, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { typeDefs } from "../schema/typeDefs.js";
import { ok, useInProcess } from "../test/inProcess.js";

const run = useInProcess();

interface Cell {
  pricing: {
    model: string;
    freeFor: string[];
    paidFor: string[];
    includedWith: { slug: string }[];
    since: string | null;
  } | null;
}

describe("a comparison's typed pricing", () => {
  it("carries who uses each product free and who pays, on the price row only", async () => {
    const { compare } = ok(
      await run<{ compare: { rows: { key: string; cells: (Cell | null)[] }[] } }>(
        `{ compare(slugs: ["docker-desktop", "virtualbox", "hyper-v"]) {
            rows { key cells { pricing { model freeFor paidFor includedWith { slug } since } } } } }`,
      ),
    );
    const price = compare.rows.find((r) => r.cells.some((c) => c?.pricing));
    expect(price?.key).toBe("price");
    const [desktop, virtualbox, hyperV] = price!.cells.map((c) => c?.pricing);
    expect(desktop?.model).toBe("FREEMIUM");
    expect(desktop?.freeFor).toContain("SMALL_BUSINESS");
    expect(desktop?.paidFor).toEqual(expect.arrayContaining(["LARGE_BUSINESS", "GOVERNMENT"]));
    expect(desktop?.since).toBe("2021-08-31");
    expect(virtualbox?.freeFor).toEqual(expect.arrayContaining(["SMALL_BUSINESS", "LARGE_BUSINESS", "GOVERNMENT"]));
    expect(hyperV?.model).toBe("INCLUDED");
    expect(hyperV?.includedWith.map((e) => e.slug)).toContain("windows-11");
    for (const row of compare.rows.filter((r) => r !== price)) expect(row.cells.every((c) => !c?.pricing)).toBe(true);
  });

  it("names in the schema exactly the pricing models and audiences of the data", () => {
    const schema = buildASTSchema(typeDefs(), { assumeValidSDL: true });
    const values = (name: string) => {
      const type = schema.getType(name);
      return isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    };
    const asEnum = (v: string) => v.toUpperCase().replaceAll("-", "_");
    expect(values("PricingModel")).toEqual(PRICING_MODELS.map(asEnum));
    expect(values("Audience")).toEqual(AUDIENCES.map(asEnum));
  });
});
