import type { KbEntity } from "@dockerwin/kb";
import type { Lexicon } from "./Lexicon.js";
import type { Normalized } from "./normalize.js";

/**
 * The edition a question names, if any, as the OS calls it: Windows 7 has "professional" where
 * later versions have "pro". Edition words are qualifiers of data/lexicon/editions.yaml; where
 * one holds another ("home premium", "home"), the longer wins.
 */
export function findEdition(lexicon: Lexicon, q: Normalized, editionsOf: readonly string[] = []): string | null {
  const hits = lexicon.find(q, "qualifier", "edition");
  // Only a hit inside a longer one gives way to it: "Pro (not Home)" names Pro first.
  const inside = (h: (typeof hits)[number], g: (typeof hits)[number]) =>
    g !== h && g.cue.length > h.cue.length && g.at <= h.at && h.at + h.cue.length <= g.at + g.cue.length;
  const best = hits.filter((h) => !hits.some((g) => inside(h, g))).sort((a, b) => a.at - b.at)[0];
  const id = best?.entry.value ?? null;
  if (id === null) return null;
  if (id === "professional" && editionsOf.length > 0 && !editionsOf.includes(id)) return "pro";
  if (id === "pro" && editionsOf.includes("professional")) return "professional";
  return id;
}

/**
 * The versions and builds a question names ("2004", "20h2", "19041"): the words that are a
 * version or build of a release in the graph's release tables, and any five-digit number,
 * which is how Windows builds are written.
 */
export function findVersionTokens(folded: string, releases: ReadonlySet<string>): string[] {
  return folded.split(" ").filter((w) => releases.has(w) || /^[12][0-9]{4}$/.test(w));
}

/** Every release version (lower-case, as questions are folded) and build the graph knows. */
export function releaseWords(entities: readonly KbEntity[]): Set<string> {
  return new Set(entities.flatMap((e) => e.releases.flatMap((r) => [r.version.toLowerCase(), String(r.build)])));
}
