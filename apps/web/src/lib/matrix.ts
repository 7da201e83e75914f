import type { Architecture, CompatibilityRow } from "@/graphql/operations/compatibility";
import { buildInRange } from "./builds";
import { firstParam, isSlug, type SearchParams } from "./params";

export const ARCHITECTURES: readonly Architecture[] = ["X86", "X64", "ARM64"];

/** The reader's setup, from `?os=windows-10&arch=X64&edition=home&build=19045`. */
export interface YourSetup {
  os: string | null;
  arch: Architecture | null;
  edition: string | null;
  build: number | null;
}

export const NO_SETUP: YourSetup = { os: null, arch: null, edition: null, build: null };

function isArchitecture(value: string | undefined): value is Architecture {
  return ARCHITECTURES.some((a) => a === value);
}

export function readYourSetup(params: SearchParams): YourSetup {
  const os = firstParam(params, "os");
  const arch = firstParam(params, "arch")?.toUpperCase();
  const edition = firstParam(params, "edition");
  const build = Number.parseInt(firstParam(params, "build") ?? "", 10);
  return {
    os: isSlug(os) ? os : null,
    arch: isArchitecture(arch) ? arch : null,
    edition: isSlug(edition) ? edition : null,
    build: Number.isInteger(build) && build > 0 && build < 1_000_000 ? build : null,
  };
}

/** The page's address for a setup: only what is chosen, and nothing without an OS. */
export function setupQuery(s: YourSetup): string {
  const p = new URLSearchParams();
  if (s.os) {
    p.set("os", s.os);
    if (s.arch) p.set("arch", s.arch);
    if (s.edition) p.set("edition", s.edition);
    if (s.build !== null) p.set("build", String(s.build));
  }
  const q = p.toString();
  return q ? `?${q}` : "";
}

/** Whether a row of the matrix describes the setup; false when no OS is chosen. */
export function rowMatches(row: CompatibilityRow, setup: YourSetup): boolean {
  if (!setup.os || row.os.slug !== setup.os) return false;
  if (setup.arch && row.arch && row.arch !== setup.arch) return false;
  if (setup.edition && row.edition && row.edition.id !== setup.edition) return false;
  if (setup.build !== null && !buildInRange(setup.build, row.minBuild, row.maxBuild)) return false;
  return true;
}

/**
 * The one row that answers for the setup, when there is one. Without a version, a setup whose
 * rows differ only by build range is answered for the latest version (`latest` says so).
 */
export function rowForSetup(
  rows: readonly CompatibilityRow[],
  setup: YourSetup,
): { row: CompatibilityRow; latest: boolean } | { matches: number; archs: number } {
  const matching = rows.filter((r) => rowMatches(r, setup));
  const [only] = matching;
  if (matching.length === 1 && only) return { row: only, latest: false };
  if (setup.build === null && matching.length > 1) {
    const open = matching.filter((r) => r.maxBuild === null);
    const [latest] = open;
    const sameRowOtherwise = matching.every((r) => r.arch === latest?.arch && r.edition?.id === latest?.edition?.id);
    if (open.length === 1 && latest && sameRowOtherwise) return { row: latest, latest: true };
  }
  return { matches: matching.length, archs: new Set(matching.map((r) => r.arch)).size };
}

/** The setup a row stands for, so that a cell can link to its answer. */
export function setupOfRow(row: CompatibilityRow): YourSetup {
  const releases = row.os.releases ?? [];
  // A row open at the start is named by its first release below the range's end.
  const build =
    row.minBuild ??
    (row.maxBuild === null ? null : (releases.find((r) => r.build < (row.maxBuild ?? 0))?.build ?? null));
  return { os: row.os.slug, arch: row.arch, edition: row.edition?.id ?? null, build };
}

/** A stable id for a row, for anchors and keys. */
export function rowId(row: CompatibilityRow): string {
  return ["row", row.os.slug, row.arch ?? "any", row.edition?.id ?? "all", row.minBuild ?? "0", row.maxBuild ?? "x"]
    .join("-")
    .toLowerCase();
}

/** The OSes of the matrix, in order, each with its architectures, editions and releases. */
export interface OsChoice {
  slug: string;
  name: string;
  architectures: Architecture[];
  /** Each edition with the architectures it has rows for (empty: every architecture). */
  editions: { id: string; name: string; archs: Architecture[] }[];
  releases: { version: string; build: number }[];
}

export function osChoices(rows: readonly CompatibilityRow[]): OsChoice[] {
  const byOs = new Map<string, OsChoice>();
  for (const row of rows) {
    let choice = byOs.get(row.os.slug);
    if (!choice) {
      choice = {
        slug: row.os.slug,
        name: row.os.name,
        architectures: [...(row.os.architectures ?? [])],
        editions: [],
        releases: (row.os.releases ?? []).map(({ version, build }) => ({ version, build })),
      };
      byOs.set(row.os.slug, choice);
    }
    if (!row.edition) continue;
    let edition = choice.editions.find((e) => e.id === row.edition?.id);
    if (!edition) {
      edition = { id: row.edition.id, name: row.edition.name, archs: [] };
      choice.editions.push(edition);
    }
    if (row.arch && !edition.archs.includes(row.arch)) edition.archs.push(row.arch);
  }
  return [...byOs.values()];
}

/** The editions to offer for an architecture of an OS. */
export function editionsFor(choice: OsChoice | undefined, arch: Architecture | null): OsChoice["editions"] {
  if (!choice) return [];
  return choice.editions.filter((e) => !arch || e.archs.length === 0 || e.archs.includes(arch));
}
