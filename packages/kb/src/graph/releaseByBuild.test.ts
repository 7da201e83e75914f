import { describe, expect, it } from "vitest";
import { repoRoot } from "../cli/repoRoot.js";
import { compileDataSet } from "../compile/compileDataSet.js";
import { loadValid } from "../lint/__fixtures__/fixture.js";
import { readDataSet } from "../load/readDataSet.js";
import type { OsReleaseInput } from "../schema/release.js";
import { Graph } from "./Graph.js";
import { parseBuild, releasesForBuild, supportStatus } from "./releaseByBuild.js";

/** The fixture's Windows 10 with a release table shaped like the real one. */
function fixtureGraph(): Graph {
  const ds = loadValid();
  const win10 = ds.entities.find((e) => e.value.slug === "windows-10")!.value;
  const releases: OsReleaseInput[] = [
    {
      version: "2004",
      build: 19041,
      date: "2020-05-27",
      channel: "gac",
      arch: ["x86", "x64", "arm64"],
      endOfSupport: [{ phase: "servicing", date: "2021-12-14" }],
    },
    {
      version: "21H2",
      build: 19044,
      date: "2021-11-16",
      endOfSupport: [
        { phase: "servicing", date: "2023-06-13", editions: ["home"] },
        { phase: "servicing", date: "2024-06-11", editions: ["pro"] },
      ],
    },
  ];
  win10.releases = releases;
  return new Graph(compileDataSet(ds));
}

describe("parseBuild", () => {
  it("reads the shapes people paste", () => {
    expect(parseBuild("10.0.19044")).toEqual({ build: 19044, revision: null });
    expect(parseBuild("Microsoft Windows [Version 10.0.19045.3803]")).toEqual({ build: 19045, revision: 3803 });
    expect(parseBuild("19044.1288")).toEqual({ build: 19044, revision: 1288 });
    expect(parseBuild("build 14393")).toEqual({ build: 14393, revision: null });
    expect(parseBuild("Version 22H2 (OS Build 19045.2965)")).toEqual({ build: 19045, revision: 2965 });
    expect(parseBuild("組建 17763")).toEqual({ build: 17763, revision: null });
  });

  it("does not take versions, years or longer numbers for builds", () => {
    expect(parseBuild("1909")).toBeNull();
    expect(parseBuild("Windows 10 2004")).toBeNull();
    expect(parseBuild("123456")).toBeNull();
    expect(parseBuild("no number here")).toBeNull();
  });
});

describe("releasesForBuild", () => {
  const graph = fixtureGraph();

  it("resolves a pasted build to its OS release, keeping the revision", () => {
    const [match, ...rest] = releasesForBuild(graph, "10.0.19044.1288");
    expect(rest).toEqual([]);
    expect(match?.os.slug).toBe("windows-10");
    expect(match?.release.version).toBe("21H2");
    expect(match?.revision).toBe(1288);
  });

  it("accepts a plain number and compiles the release's fields", () => {
    const [match] = releasesForBuild(graph, 19041);
    expect(match?.release).toMatchObject({ version: "2004", channel: "gac", arch: ["x86", "x64", "arm64"] });
    expect(match?.release.endOfSupport).toEqual([{ phase: "servicing", date: "2021-12-14", editions: null }]);
  });

  it("finds nothing for a build no OS has, or for text without a build", () => {
    expect(releasesForBuild(graph, "10.0.99999")).toEqual([]);
    expect(releasesForBuild(graph, "Windows 10 Home")).toEqual([]);
  });
});

describe("supportStatus", () => {
  const graph = fixtureGraph();
  const r21h2 = releasesForBuild(graph, 19044)[0]!.release;
  const r2004 = releasesForBuild(graph, 19041)[0]!.release;

  it("tells editions apart when their end dates differ", () => {
    expect(supportStatus(r21h2, "2023-09-01")).toEqual([
      { editions: ["home"], state: "ended", until: "2023-06-13" },
      { editions: ["pro"], state: "supported", until: "2024-06-11" },
    ]);
    expect(supportStatus(r21h2, "2023-09-01", "pro")).toEqual([
      { editions: ["pro"], state: "supported", until: "2024-06-11" },
    ]);
  });

  it("counts the last day as supported and the next as ended", () => {
    expect(supportStatus(r2004, "2021-12-14")[0]?.state).toBe("supported");
    expect(supportStatus(r2004, "2021-12-15")[0]?.state).toBe("ended");
  });

  it("knows mainstream from extended support", () => {
    const server = {
      ...r2004,
      endOfSupport: [
        { phase: "mainstream" as const, date: "2024-01-09", editions: null },
        { phase: "extended" as const, date: "2029-01-09", editions: null },
      ],
    };
    expect(supportStatus(server, "2023-01-01")).toEqual([{ editions: null, state: "supported", until: "2024-01-09" }]);
    expect(supportStatus(server, "2026-12-01")).toEqual([{ editions: null, state: "extended", until: "2029-01-09" }]);
    expect(supportStatus({ ...r2004, endOfSupport: [] }, "2026-12-01")[0]?.state).toBe("unknown");
  });
});

describe("the shipped release tables", () => {
  const graph = new Graph(compileDataSet(readDataSet(repoRoot())));
  const names = (input: string) => releasesForBuild(graph, input).map((m) => `${m.os.slug} ${m.release.version}`);

  it("map every Windows 10 and 11 build to its version", () => {
    expect(names("10.0.10240")).toEqual(["windows-10 1507"]);
    expect(names("10.0.19044")).toEqual(["windows-10 21H2"]);
    expect(names("19045.3803")).toEqual(["windows-10 22H2"]);
    expect(names("10.0.22000")).toEqual(["windows-11 21H2"]);
    expect(names("10.0.22631")).toEqual(["windows-11 23H2"]);
    expect(names("10.0.26200.7462")).toEqual(["windows-11 25H2"]);
    expect(names("10.0.28000")).toEqual(["windows-11 26H1"]);
  });

  it("return client and server releases that share a build", () => {
    expect(names("build 17763").sort()).toEqual([
      "windows-10 1809",
      "windows-server-2019 1809",
      "windows-server-sac 1809",
    ]);
    expect(names("10.0.26100").sort()).toEqual(["windows-11 24H2", "windows-server-2025 LTSC 2025"]);
    expect(names("14393").sort()).toEqual(["windows-10 1607", "windows-server-2016 1607"]);
    expect(names("10.0.20348")).toEqual(["windows-server-2022 LTSC 2022"]);
    expect(names("10.0.25398")).toEqual(["windows-server-sac 23H2"]);
  });

  it("map Windows 7, 8 and 8.1 builds, four digits or dotted, and keep four-digit versions as versions", () => {
    expect(names("build 9600")).toEqual(["windows-8-1 8.1"]);
    expect(names("Microsoft Windows [Version 6.3.9600]")).toEqual(["windows-8-1 8.1"]);
    expect(names("6.1.7601")).toEqual(["windows-7 SP1"]);
    expect(names("組建 7600")).toEqual(["windows-7 RTM"]);
    expect(names("Windows 8 build 9200")).toEqual(["windows-8 RTM"]);
    expect(names("Windows 10 1909")).toEqual([]);
    expect(names("released in 2013")).toEqual([]);
  });

  it("say Windows 7, 8 and 8.1 are out of support today", () => {
    const state = (build: number, on: string) =>
      supportStatus(releasesForBuild(graph, build)[0]!.release, on).map((s) => s.state);
    expect(state(9600, "2020-06-01")).toEqual(["extended"]);
    expect(state(9600, "2023-01-11")).toEqual(["ended"]);
    expect(state(7601, "2019-12-31")).toEqual(["extended"]);
    expect(state(7601, "2026-12-01")).toEqual(["ended"]);
    expect(state(9200, "2016-01-13")).toEqual(["ended"]);
  });

  it("say Windows 10 is out of servicing after 2025-10-14 and Server 2019 is in extended support", () => {
    const win10 = releasesForBuild(graph, 19045)[0]!.release;
    expect(supportStatus(win10, "2025-10-14").map((s) => s.state)).toEqual(["supported"]);
    expect(supportStatus(win10, "2026-12-01").map((s) => s.state)).toEqual(["ended"]);
    const ws2019 = releasesForBuild(graph, 17763).find((m) => m.os.slug === "windows-server-2019")!.release;
    expect(supportStatus(ws2019, "2026-12-01")).toEqual([{ editions: null, state: "extended", until: "2029-01-09" }]);
  });

  it("end Microsoft's servicing on a Tuesday, the day its updates ship", () => {
    // Copies of Microsoft's lifecycle pages in UTC give the next day; a Wednesday is that slip.
    const ends = graph
      .entities("OS_VERSION")
      .flatMap((os) => os.releases.flatMap((r) => r.endOfSupport.map((e) => `${os.slug} ${r.version} ${e.date}`)));
    expect(ends.length).toBeGreaterThan(40);
    const notTuesday = ends.filter((e) => new Date(`${e.split(" ").at(-1)}T12:00:00Z`).getUTCDay() !== 2);
    expect(notTuesday).toEqual([]);
  });

  it("record 64-bit only for Windows 11 and Windows Server", () => {
    const archOf = (build: number, slug: string) =>
      releasesForBuild(graph, build).find((m) => m.os.slug === slug)?.release.arch;
    expect(archOf(22631, "windows-11")).toEqual(["x64", "arm64"]);
    expect(archOf(20348, "windows-server-2022")).toEqual(["x64"]);
    expect(archOf(19045, "windows-10")).toEqual(["x86", "x64", "arm64"]);
    expect(archOf(10586, "windows-10")).toEqual(["x86", "x64"]);
  });
});
