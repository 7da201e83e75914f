import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { MilestoneDates } from "./MilestoneDates.js";

describe("MilestoneDates", () => {
  it("accepts a milestone dated to the day", () => expect(run(MilestoneDates, loadValid())).toEqual([]));

  it("reports a milestone dated only to the month", () => {
    const ds = loadValid();
    ds.events[0]!.value.date = "2008-06";
    expect(run(MilestoneDates, ds)).toEqual([
      'data/events/history.yaml: events[0].date "2008-06" must be YYYY-MM-DD for a milestone',
    ]);
  });
});
