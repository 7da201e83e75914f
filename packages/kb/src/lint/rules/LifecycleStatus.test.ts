import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { withTypedAttribute } from "../__fixtures__/typed.js";
import { LifecycleStatus } from "./LifecycleStatus.js";
import type { DataSet } from "../../load/DataSet.js";

const text = { en: "Deprecated", "zh-Hant": "已棄用" };
const status = (ds: DataSet, lifecycle: object) =>
  withTypedAttribute(ds, "status", "lifecycle", { text, lifecycle: lifecycle as never });

describe("LifecycleStatus", () => {
  it("accepts an active status without a date and a dated deprecation", () => {
    const ds = loadValid();
    status(ds, { status: "active" });
    expect(run(LifecycleStatus, ds)).toEqual([]);
    status(ds, { status: "deprecated", since: "2020-10-19" });
    expect(run(LifecycleStatus, ds)).toEqual([]);
    status(ds, { status: "removed", sinceVersion: "Docker Engine 23.0" });
    expect(run(LifecycleStatus, ds)).toEqual([]);
  });

  it("reports a deprecation with no date, which cannot answer 'since when?'", () => {
    const ds = loadValid();
    status(ds, { status: "deprecated" });
    expect(run(LifecycleStatus, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.status.lifecycle status "deprecated" needs "since" (or "sinceVersion")',
    ]);
  });

  it("reports a date in the future, an end before the start, and a date that disagrees with deprecatedSince", () => {
    const ds = loadValid();
    status(ds, { status: "extended-support", since: "2030-01-01", until: "2029-01-09" });
    expect(run(LifecycleStatus, ds)).toEqual([
      "data/entities/hyper-v.yaml: attributes.status.lifecycle since 2030-01-01 is in the future",
      "data/entities/hyper-v.yaml: attributes.status.lifecycle until 2029-01-09 is not after since 2030-01-01",
    ]);
    status(ds, { status: "deprecated", since: "2020-07-27" });
    ds.entities.find((e) => e.value.slug === "hyper-v")!.value.attributes.deprecatedSince = { value: "2020-10-19" };
    expect(run(LifecycleStatus, ds)).toEqual([
      "data/entities/hyper-v.yaml: attributes.status.lifecycle since 2020-07-27 disagrees with deprecatedSince 2020-10-19",
    ]);
  });
});
