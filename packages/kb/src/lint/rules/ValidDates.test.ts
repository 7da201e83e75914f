import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { ValidDates, dateProblem } from "./ValidDates.js";

describe("ValidDates", () => {
  it("accepts past dates at every precision", () => expect(run(ValidDates, loadValid())).toEqual([]));

  it("reports impossible days and months", () => {
    const now = new Date("2026-11-28");
    expect(dateProblem("2016-02-30", now)).toBe('"2016-02-30" is not a day of that month');
    expect(dateProblem("2016-13", now)).toBe('"2016-13" has no month 13');
    expect(dateProblem("2016-02-29", now)).toBeUndefined();
  });

  it("reports dates in the future, compared at their own precision", () => {
    const ds = loadValid();
    ds.events[0]!.value.date = "2026-12-01";
    ds.facts[0]!.value.date = "2026-11";
    expect(run(ValidDates, ds)).toEqual(['data/events/history.yaml: events[0].date "2026-12-01" is in the future']);
  });

  it("reports a condition range that runs backwards", () => {
    const ds = loadValid();
    const rel = ds.entities.find((e) => e.value.slug === "hyper-v")!.value.relations[1]!;
    rel.conditions = { ...rel.conditions, until: "2010" };
    expect(run(ValidDates, ds)).toEqual([
      'data/entities/hyper-v.yaml: relations[1].conditions.until "2010" is before "from" (2015-07-29)',
    ]);
  });
});
