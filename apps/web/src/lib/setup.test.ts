import { describe, expect, it } from "vitest";
import type { CompatibilityCell, CompatibilityRow, Setup } from "@/graphql/operations/compatibility";
import { detectWindows } from "./detectWindows";
import { osChoices, readYourSetup, rowForSetup, setupOfRow, setupQuery, editionsFor } from "./matrix";
import { bestByContainer, worksFirst } from "./setupSummary";

const cell = (slug: string, verdict: CompatibilityCell["verdict"]): CompatibilityCell => ({
  setup: { slug },
  arch: null,
  verdict,
  reason: null,
  facts: [],
});

const win10 = {
  slug: "w10",
  name: "Windows 10",
  kind: "OS_VERSION" as const,
  architectures: ["X86" as const, "X64" as const, "ARM64" as const],
  releases: [
    { version: "1507", build: 10240, date: null, name: null },
    { version: "1903", build: 18362, date: null, name: null },
    { version: "22H2", build: 19045, date: null, name: null },
  ],
};
const win11 = {
  slug: "w11",
  name: "Windows 11",
  kind: "OS_VERSION" as const,
  architectures: ["X64" as const, "ARM64" as const],
  releases: [{ version: "21H2", build: 22000, date: null, name: null }],
};
const server = {
  slug: "srv",
  name: "Windows Server 2025",
  kind: "OS_VERSION" as const,
  architectures: ["X64" as const],
  releases: [{ version: "LTSC 2025", build: 26100, date: null, name: null }],
};
const row = (
  os: CompatibilityRow["os"],
  arch: CompatibilityRow["arch"],
  edition: string | null,
  minBuild: number | null,
  maxBuild: number | null,
  cells: CompatibilityCell[] = [],
): CompatibilityRow => ({
  os,
  arch,
  edition: edition ? { id: edition, name: `${os.name} ${edition}` } : null,
  minBuild,
  maxBuild,
  cells,
});
const ROWS = [
  row(win10, "X86", null, null, null),
  row(win10, "X64", "home", null, 18362),
  row(win10, "X64", "home", 18362, null),
  row(win10, "ARM64", null, null, null),
  row(win11, "X64", "home", null, null),
  row(win11, "ARM64", null, null, null),
  row(server, null, null, null, null),
];

describe("the reader's setup", () => {
  it("reads the architecture from the address, and drops what is not one", () => {
    expect(readYourSetup({ os: "w10", arch: "arm64", edition: "home" })).toEqual({
      os: "w10",
      arch: "ARM64",
      edition: "home",
      build: null,
    });
    expect(readYourSetup({ os: "w10", arch: "mips" }).arch).toBeNull();
    expect(setupQuery({ os: null, arch: "X64", edition: "home", build: 1 })).toBe("");
  });

  it("answers for the latest version when no version is chosen", () => {
    const found = rowForSetup(ROWS, { os: "w10", arch: "X64", edition: "home", build: null });
    expect("row" in found && found.row.minBuild).toBe(18362);
    expect("row" in found && found.latest).toBe(true);
    expect(rowForSetup(ROWS, { os: "w10", arch: null, edition: null, build: null })).toEqual({ matches: 4, archs: 3 });
  });

  it("links a row that starts open to its first release below the range's end", () => {
    expect(setupOfRow(ROWS[1] as CompatibilityRow)).toEqual({ os: "w10", arch: "X64", edition: "home", build: 10240 });
  });

  it("offers only the editions an architecture has rows for", () => {
    const [w10] = osChoices(ROWS);
    expect(editionsFor(w10, "X64").map((e) => e.id)).toEqual(["home"]);
    expect(editionsFor(w10, "ARM64")).toEqual([]);
    expect(w10?.architectures).toEqual(["X86", "X64", "ARM64"]);
  });
});

describe("detecting Windows from client hints", () => {
  const choices = osChoices(ROWS);
  it("platformVersion 13 and up is Windows 11, not the server that began later", () => {
    expect(
      detectWindows({ platform: "Windows", platformVersion: "15.0.0", architecture: "x86", bitness: "64" }, choices),
    ).toEqual({ os: "w11", arch: "X64" });
  });
  it("below 13 is Windows 10; Arm and 32-bit are told apart", () => {
    expect(
      detectWindows({ platform: "Windows", platformVersion: "10.0.0", architecture: "arm", bitness: "64" }, choices),
    ).toEqual({ os: "w10", arch: "ARM64" });
    expect(
      detectWindows({ platform: "Windows", platformVersion: "7.0.0", architecture: "x86", bitness: "32" }, choices),
    ).toEqual({ os: "w10", arch: "X86" });
  });
  it("an architecture the OS does not ship for is not pre-selected", () => {
    expect(
      detectWindows({ platform: "Windows", platformVersion: "14.0.0", architecture: "x86", bitness: "32" }, choices),
    ).toEqual({ os: "w11", arch: null });
  });
  it("nothing for Windows 7 to 8.1 (version 0) or another platform", () => {
    expect(detectWindows({ platform: "Windows", platformVersion: "0.3.0" }, choices)).toBeNull();
    expect(detectWindows({ platform: "macOS", platformVersion: "14.0.0" }, choices)).toBeNull();
  });
});

describe("the summary", () => {
  const setup = (slug: string, kind: string): Setup => ({
    slug,
    name: slug.toUpperCase(),
    summary: "",
    uses: [],
    containers: [{ slug: kind, name: kind, kind: "CONTAINER_TYPE" }],
  });
  const setups = [setup("a", "linux"), setup("b", "linux"), setup("c", "windows"), setup("d", "windows")];

  it("lists what works first, in column order otherwise", () => {
    const cells = [cell("a", "NO"), cell("b", "PARTLY"), cell("c", null), cell("d", "YES")];
    expect(worksFirst(cells).map((c) => c.setup.slug)).toEqual(["d", "b", "c", "a"]);
  });

  it("names the best setup per kind of container, every one when they tie, none when nothing works", () => {
    const best = bestByContainer([cell("a", "YES"), cell("b", "YES"), cell("c", "NO"), cell("d", null)], setups);
    expect(best.map((b) => [b.containers.slug, b.setups.map((s) => s.slug)])).toEqual([["linux", ["a", "b"]]]);
    const partly = bestByContainer([cell("a", "PARTLY"), cell("b", "YES"), cell("c", "PARTLY")], setups);
    expect(partly.map((b) => [b.containers.slug, b.setups.map((s) => s.slug)])).toEqual([
      ["linux", ["b"]],
      ["windows", ["c"]],
    ]);
  });
});
