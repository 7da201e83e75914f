import { describe, expect, it } from "vitest";
import { YEARS_PER_ROW, yearGrid } from "./timeline";

describe("yearGrid", () => {
  it("spreads the years evenly over as few rows as hold them", () => {
    expect(yearGrid(0)).toEqual({ "--year-rows": 1, "--year-cols": 1 });
    expect(yearGrid(7)).toEqual({ "--year-rows": 1, "--year-cols": 7 });
    expect(yearGrid(YEARS_PER_ROW)).toEqual({ "--year-rows": 1, "--year-cols": YEARS_PER_ROW });
    expect(yearGrid(21)).toEqual({ "--year-rows": 2, "--year-cols": 11 });
    expect(yearGrid(30)).toEqual({ "--year-rows": 3, "--year-cols": 10 });
  });
});
