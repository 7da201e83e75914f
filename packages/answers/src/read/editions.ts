import type { Lexicon } from "./Lexicon.js";
import type { Normalized } from "./normalize.js";

/**
 * The edition a question names, if any, as the OS calls it: Windows 7 has "professional" where
 * later versions have "pro". Edition words are qualifiers of data/lexicon/editions.yaml; where
 * one holds another ("home premium", "home"), the longer wins.
 */
export function findEdition(lexicon: Lexicon, q: Normalized, editionsOf: readonly string[] = []): string | null {
  const hits = lexicon.find(q, "qualifier", "edition");
  const best = hits.sort((a, b) => b.cue.length - a.cue.length || a.at - b.at)[0];
  const id = best?.entry.value ?? null;
  if (id === null) return null;
  if (id === "professional" && editionsOf.length > 0 && !editionsOf.includes(id)) return "pro";
  if (id === "pro" && editionsOf.includes("professional")) return "professional";
  return id;
}

/** A build number ("build 19041", "19041") or a feature-update version ("2004", "20h2") named in the question. */
export function findVersionTokens(folded: string): string[] {
  return [
    ...folded.matchAll(/\b(1[0-9]{4}|2[0-9]{4}|1[5-9]0[0-9]|2[0-4]h[12]|200[0-9]|1[5-9]0[39]|1[5-9]11|1607)\b/g),
  ].map((m) => m[1]!);
}
