import type { CompatibilityRow } from "@/graphql/operations/compatibility";
import { buildInRange } from "./builds";
import { firstParam, isSlug, type SearchParams } from "./params";

/** The reader's setup, from `?os=windows-10&edition=home&build=19045`. */
export interface YourSetup {
  os: string | null;
  edition: string | null;
  build: number | null;
}

export function readYourSetup(params: SearchParams): YourSetup {
  const os = firstParam(params, "os");
  const edition = firstParam(params, "edition");
  const build = Number.parseInt(firstParam(params, "build") ?? "", 10);
  return {
    os: isSlug(os) ? os : null,
    edition: isSlug(edition) ? edition : null,
    build: Number.isInteger(build) && build > 0 && build < 1_000_000 ? build : null,
  };
}

/** Whether a row of the matrix describes the setup; false when no OS is chosen. */
export function rowMatches(row: CompatibilityRow, setup: YourSetup): boolean {
  if (!setup.os || row.os.slug !== setup.os) return false;
  if (setup.edition && row.edition && row.edition.id !== setup.edition) return false;
  if (setup.build !== null && !buildInRange(setup.build, row.minBuild, row.maxBuild)) return false;
  return true;
}

/** A stable id for a row, for anchors and keys. */
export function rowId(row: CompatibilityRow): string {
  return ["row", row.os.slug, row.edition?.id ?? "all", row.minBuild ?? "0", row.maxBuild ?? "x"].join("-");
}

/** The OSes of the matrix, in order, each with its editions and the releases its rows know. */
export interface OsChoice {
  slug: string;
  name: string;
  editions: { id: string; name: string }[];
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
        editions: [],
        releases: (row.os.releases ?? []).map(({ version, build }) => ({ version, build })),
      };
      byOs.set(row.os.slug, choice);
    }
    if (row.edition && !choice.editions.some((e) => e.id === row.edition?.id)) {
      choice.editions.push({ id: row.edition.id, name: row.edition.name });
    }
  }
  return [...byOs.values()];
}
