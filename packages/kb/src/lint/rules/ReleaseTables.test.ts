import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { ReleaseTables } from "./ReleaseTables.js";

function withReleases(releases: NonNullable<ReturnType<typeof loadValid>["entities"][number]["value"]["releases"]>) {
  const ds = loadValid();
  ds.entities.find((e) => e.value.slug === "windows-10")!.value.releases = releases;
  return ds;
}

describe("ReleaseTables", () => {
  it("accepts the valid fixture and end dates in the future", () => {
    expect(run(ReleaseTables, loadValid())).toEqual([]);
    const ds = withReleases([
      { version: "2004", build: 19041, date: "2020-05-27", endOfSupport: [{ phase: "servicing", date: "2099-01-13" }] },
    ]);
    expect(run(ReleaseTables, ds)).toEqual([]);
  });

  it("reports a build or version given twice, and builds out of order", () => {
    const ds = withReleases([
      { version: "2004", build: 19041 },
      { version: "1909", build: 18363 },
      { version: "2004", build: 19041 },
    ]);
    expect(run(ReleaseTables, ds)).toEqual([
      "data/entities/windows-10.yaml: releases[1].build build 18363 comes after build 19041; keep builds in order",
      "data/entities/windows-10.yaml: releases[2].build build 19041 is already releases[0]",
      'data/entities/windows-10.yaml: releases[2].version version "2004" is already releases[0]',
    ]);
  });

  it("reports end dates that are no real day or come before the release", () => {
    const ds = withReleases([
      {
        version: "2004",
        build: 19041,
        date: "2020-05-27",
        endOfSupport: [
          { phase: "servicing", date: "2021-02-30" },
          { phase: "extended", date: "2019-01-01" },
        ],
      },
    ]);
    expect(run(ReleaseTables, ds)).toEqual([
      'data/entities/windows-10.yaml: releases[0].endOfSupport[0].date "2021-02-30" is not a day of that month',
      'data/entities/windows-10.yaml: releases[0].endOfSupport[1].date "2019-01-01" is before the release date 2020-05-27',
    ]);
  });

  it("reports editions the OS does not have and sources that do not exist", () => {
    const ds = withReleases([
      {
        version: "2004",
        build: 19041,
        endOfSupport: [{ phase: "servicing", date: "2021-12-14", editions: ["home", "ultimate"] }],
        sources: ["no-such-source"],
      },
    ]);
    expect(run(ReleaseTables, ds)).toEqual([
      'data/entities/windows-10.yaml: releases[0].endOfSupport[0].editions[1] "ultimate" is not an edition of "windows-10"',
      'data/entities/windows-10.yaml: releases[0].sources[0] "no-such-source" is not a source',
    ]);
  });
});
