import type { KbEntity, KbRelease } from "../compile/KbBundle.js";
import type { Graph } from "./Graph.js";

/** A Windows build as people paste it: the build, and the revision (update level) when given. */
export interface ParsedBuild {
  build: number;
  revision: number | null;
}

/**
 * Reads a build number out of what a user pastes: "10.0.19044", "10.0.19044.1288",
 * "19044.1288", "Version 22H2 (OS Build 19045.3803)" or "build 14393". Only numeric shapes are
 * read, so no language's words are needed: `major.minor.build[.revision]` with a four- or
 * five-digit build, `build.revision` with a five-digit build, or a bare five-digit number.
 * Four-digit numbers on their own are left alone: "1909" and "2004" are versions, not builds.
 */
export function parseBuild(input: string): ParsedBuild | null {
  const dotted = /(?<![\d.])\d{1,2}\.\d{1,2}\.(\d{4,5})(?:\.(\d{1,6}))?(?![\d.])/.exec(input);
  if (dotted) return { build: Number(dotted[1]), revision: dotted[2] === undefined ? null : Number(dotted[2]) };
  const withRevision = /(?<![\d.])(\d{5})\.(\d{1,6})(?![\d.])/.exec(input);
  if (withRevision) return { build: Number(withRevision[1]), revision: Number(withRevision[2]) };
  const bare = /(?<![\d.])(\d{5})(?![\d.])/.exec(input);
  return bare ? { build: Number(bare[1]), revision: null } : null;
}

/** One OS release a build belongs to. */
export interface ReleaseMatch {
  os: KbEntity;
  release: KbRelease;
  /** The revision the user gave, if any: it says how far the machine is patched. */
  revision: number | null;
}

interface ReleaseIndex {
  byBuild: ReadonlyMap<number, readonly { os: KbEntity; release: KbRelease }[]>;
  /** Four-digit builds of the tables (Windows 7 and 8.1) that are no release's version. */
  shortBuilds: ReadonlySet<number>;
}

const INDEX = new WeakMap<Graph, ReleaseIndex>();

function releaseIndex(graph: Graph): ReleaseIndex {
  let index = INDEX.get(graph);
  if (!index) {
    const byBuild = new Map<number, { os: KbEntity; release: KbRelease }[]>();
    const versions = new Set<string>();
    for (const os of graph.entities())
      for (const release of os.releases) {
        versions.add(release.version);
        const list = byBuild.get(release.build);
        if (list) list.push({ os, release });
        else byBuild.set(release.build, [{ os, release }]);
      }
    const shortBuilds = new Set([...byBuild.keys()].filter((b) => b < 10_000 && !versions.has(String(b))));
    INDEX.set(graph, (index = { byBuild, shortBuilds }));
  }
  return index;
}

/**
 * A four-digit number standing alone is a build only when a release table has it as a build
 * and no release as a version: "build 9600" is Windows 8.1, while "1909" stays a version.
 */
function shortBuildIn(input: string, shortBuilds: ReadonlySet<number>): ParsedBuild | null {
  for (const m of input.matchAll(/(?<![\d.])(\d{4})(?![\d.])/g)) {
    const build = Number(m[1]);
    if (shortBuilds.has(build)) return { build, revision: null };
  }
  return null;
}

/**
 * The OS releases a pasted build number belongs to. Client and server releases can share a
 * build (17763 is Windows 10 1809 and Windows Server 2019), so every match is returned, in the
 * order the entities are stored; an unknown or unreadable build gives an empty list.
 */
export function releasesForBuild(graph: Graph, input: string | number): ReleaseMatch[] {
  const index = releaseIndex(graph);
  const parsed =
    typeof input === "number"
      ? { build: input, revision: null }
      : (parseBuild(input) ?? shortBuildIn(input, index.shortBuilds));
  if (!parsed) return [];
  return (index.byBuild.get(parsed.build) ?? []).map((m) => ({ ...m, revision: parsed.revision }));
}

/**
 * Where a release stands on a day: `supported` (in mainstream support or, for releases with a
 * single end date, still serviced), `extended` (mainstream over, extended support running),
 * `ended`, or `unknown` when no end date is recorded.
 */
export type SupportState = "supported" | "extended" | "ended" | "unknown";

export interface SupportStatus {
  /** The editions this status holds for; null for every edition of the release. */
  editions: readonly string[] | null;
  state: SupportState;
  /** The last day of the current phase, or of support when it has ended; null when unknown. */
  until: string | null;
}

/**
 * The support status of a release on a day (YYYY-MM-DD), one entry per group of editions whose
 * dates differ (Home and Pro against Enterprise and Education), or just the asked edition's.
 * End dates are the last day of support, so that day still counts as supported.
 */
export function supportStatus(release: KbRelease, on: string, edition?: string): SupportStatus[] {
  const ends = release.endOfSupport.filter(
    (e) => edition === undefined || e.editions === null || e.editions.includes(edition),
  );
  if (ends.length === 0) return [{ editions: edition ? [edition] : null, state: "unknown", until: null }];
  const groups = new Map<string, { editions: readonly string[] | null; mainstream?: string; last?: string }>();
  for (const e of ends) {
    const key = e.editions ? e.editions.join(",") : "";
    const g = groups.get(key) ?? { editions: e.editions };
    if (e.phase === "mainstream") g.mainstream = e.date;
    else g.last = g.last === undefined || e.date > g.last ? e.date : g.last;
    groups.set(key, g);
  }
  // An end date given for every edition applies to each edition-specific group as well.
  const shared = groups.get("");
  if (shared && groups.size > 1) {
    groups.delete("");
    for (const g of groups.values()) {
      g.mainstream ??= shared.mainstream;
      g.last ??= shared.last;
    }
  }
  return [...groups.values()].map((g) => {
    const last = g.last ?? g.mainstream;
    const editions = edition ? [edition] : g.editions;
    if (last === undefined) return { editions, state: "unknown", until: null };
    if (on > last) return { editions, state: "ended", until: last };
    if (g.mainstream !== undefined && g.last !== undefined && on > g.mainstream)
      return { editions, state: "extended", until: g.last };
    return { editions, state: "supported", until: g.mainstream ?? last };
  });
}
