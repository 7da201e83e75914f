import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { WellFormedUrls } from "./WellFormedUrls.js";

describe("WellFormedUrls", () => {
  it("accepts https URLs and sources without one", () => expect(run(WellFormedUrls, loadValid())).toEqual([]));

  it.each([
    ["learn.microsoft.com/hyper-v", "is not a URL"],
    ["ftp://example.com/file", "is not http(s)"],
    ["https://localhost/page", "has no real host name"],
  ])("reports %s", (url, problem) => {
    const ds = loadValid();
    ds.sources[1]!.value.url = url;
    expect(run(WellFormedUrls, ds)).toEqual([`data/sources.yaml: sources[1].url "${url}" ${problem}`]);
  });
});
