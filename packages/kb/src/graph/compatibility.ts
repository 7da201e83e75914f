import type { KbSetup, KbSupportRule, Text } from "../compile/KbBundle.js";
import type { Architecture } from "../schema/arch.js";
import type { SupportVerdict } from "../schema/setup.js";
import type { Graph } from "./Graph.js";

export interface CompatibilityQuery {
  os: string;
  /** An edition id of the OS, such as "home"; all editions when left out. */
  edition?: string;
  /** The OS build, such as 19041; every build when left out. */
  build?: number;
  /** The processor architecture, such as "arm64"; every architecture of the OS when left out. */
  arch?: Architecture;
  /** Only the setups' current releases ("does it still work?"), not every release they had. */
  now?: boolean;
}

export interface CompatibilityCell {
  setup: KbSetup;
  /** The architecture asked about; null when the cell covers every architecture of the OS. */
  arch: Architecture | null;
  /** Null when no rule of the setup covers the OS. */
  verdict: SupportVerdict | null;
  reason: Text | null;
  facts: readonly string[];
}

function covers(rule: KbSupportRule, arch: Architecture | undefined, edition: string | undefined): boolean {
  return (
    (rule.arch === null || (arch !== undefined && rule.arch.includes(arch))) &&
    (rule.editions === null || (edition !== undefined && rule.editions.includes(edition)))
  );
}

/** The first rule that matches wins; a rule with minBuild needs a known build. */
function firstMatch(
  setup: KbSetup,
  os: string,
  arch: Architecture | undefined,
  edition: string | undefined,
  build: number | undefined,
): KbSupportRule | undefined {
  return setup.rules.find(
    (r) =>
      r.os === os && covers(r, arch, edition) && (r.minBuild === null || (build !== undefined && build >= r.minBuild)),
  );
}

/**
 * Which Docker setups work on an OS, architecture, edition and build. Where the question leaves
 * one of them open and the answer depends on it, the verdict is PARTLY and the reasons name the
 * cases, because "it depends" is the honest answer.
 */
export function compatibility(graph: Graph, q: CompatibilityQuery): CompatibilityCell[] {
  // The graph never changes, so each distinct question is worked out once.
  let cache = CACHE.get(graph);
  if (!cache) CACHE.set(graph, (cache = new Map()));
  const key = `${q.os}|${q.arch ?? ""}|${q.edition ?? ""}|${q.build ?? ""}|${q.now ? "now" : ""}`;
  let cells = cache.get(key);
  if (!cells) {
    cells = compute(graph, q);
    if (cache.size < 10_000) cache.set(key, cells);
  }
  return cells;
}

const CACHE = new WeakMap<Graph, Map<string, CompatibilityCell[]>>();

function compute(graph: Graph, q: CompatibilityQuery): CompatibilityCell[] {
  const os = graph.entity(q.os);
  const editions =
    q.edition !== undefined ? [q.edition] : os && os.editions.length > 0 ? os.editions.map((e) => e.id) : [undefined];
  const builds = q.build !== undefined ? [q.build] : [undefined, Number.MAX_SAFE_INTEGER];
  const archs: (Architecture | undefined)[] =
    q.arch !== undefined ? [q.arch] : os && os.architectures.length > 0 ? [...os.architectures] : [undefined];
  return graph.bundle.setups.map((setup) => {
    const matches = archs.flatMap((a) =>
      editions.flatMap((ed) => builds.map((b) => firstMatch(setup, q.os, a, ed, b))),
    );
    const found = matches.filter((m): m is KbSupportRule => m !== undefined);
    const unique = [...new Set(found)];
    const first = unique[0];
    const arch = q.arch ?? null;
    if (!first) return { setup, arch, verdict: null, reason: null, facts: [] };
    const verdictOf = (r: KbSupportRule) => (q.now ? r.current : r.verdict);
    const verdicts = new Set(unique.map(verdictOf));
    const positive = unique.find((r) => verdictOf(r) !== "NO") ?? first;
    if (verdicts.size === 1)
      return {
        setup,
        arch,
        verdict: verdictOf(first),
        reason: joinReasons(unique),
        facts: unique.flatMap((r) => r.facts),
      };
    return {
      setup,
      arch,
      verdict: "PARTLY",
      reason: joinReasons(unique),
      facts: [...new Set([...positive.facts, ...unique.flatMap((r) => r.facts)])],
    };
  });
}

function joinReasons(rules: readonly KbSupportRule[]): Text {
  const seen = new Set<string>();
  const distinct = rules.filter((r) => (seen.has(r.reason.en) ? false : (seen.add(r.reason.en), true)));
  return {
    en: distinct.map((r) => r.reason.en).join(" "),
    "zh-Hans": distinct.map((r) => r.reason["zh-Hans"]).join(""),
    "zh-Hant": distinct.map((r) => r.reason["zh-Hant"]).join(""),
  };
}

export interface MatrixRow {
  os: string;
  /** The architecture the row is about; null when the row covers every architecture. */
  arch: Architecture | null;
  edition: string | null;
  /** The build range the row covers: [minBuild, maxBuild); null for unbounded. */
  minBuild: number | null;
  maxBuild: number | null;
  cells: CompatibilityCell[];
}

/**
 * The rules of every setup that can still apply to an OS on one architecture: a setup's rules
 * after its first rule covering every edition and build of that architecture never match.
 */
function liveRules(graph: Graph, os: string, arch: Architecture | null): KbSupportRule[] {
  return graph.bundle.setups.flatMap((s) => {
    const rules = s.rules.filter((r) => r.os === os && (arch === null || r.arch === null || r.arch.includes(arch)));
    const end = rules.findIndex((r) => r.editions === null && r.minBuild === null);
    return end >= 0 ? rules.slice(0, end + 1) : rules;
  });
}

/**
 * The caniuse-style matrix, computed from the setups' rules: one row per OS, split by
 * architecture where a rule names one, then by edition where a rule names editions, and by build
 * where a rule names a minimum build.
 */
export function compatibilityMatrix(graph: Graph): MatrixRow[] {
  const osOrder: string[] = [];
  for (const s of graph.bundle.setups) for (const r of s.rules) if (!osOrder.includes(r.os)) osOrder.push(r.os);
  const rows: MatrixRow[] = [];
  for (const os of osOrder) {
    const entity = graph.entity(os);
    const split = graph.bundle.setups.some((s) => s.rules.some((r) => r.os === os && r.arch !== null));
    const archs: (Architecture | null)[] = split ? [...(entity?.architectures ?? [])] : [null];
    for (const arch of archs) {
      const rules = liveRules(graph, os, arch);
      const named = new Set(rules.flatMap((r) => r.editions ?? []));
      // Once any rule tells editions apart, every edition of the OS gets its own row.
      const editions = named.size > 0 ? (entity?.editions.map((e) => e.id) ?? [...named]) : [null];
      for (const edition of editions) {
        const thresholds = [
          ...new Set(
            rules
              .filter(
                (r) =>
                  r.minBuild !== null && (r.editions === null || (edition !== null && r.editions.includes(edition))),
              )
              .map((r) => r.minBuild as number),
          ),
        ].sort((a, b) => a - b);
        const bounds = [null, ...thresholds];
        bounds.forEach((min, i) => {
          const max = thresholds[i] ?? null;
          const build = min ?? (max !== null ? max - 1 : undefined);
          rows.push({
            os,
            arch,
            edition,
            minBuild: min,
            maxBuild: max,
            cells: compatibility(graph, {
              os,
              ...(arch ? { arch } : {}),
              ...(edition ? { edition } : {}),
              ...(build !== undefined ? { build } : {}),
            }),
          });
        });
      }
    }
  }
  return rows;
}
