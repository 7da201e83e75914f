import type { Graph, KbEntity } from "@dockerwin/kb";
import { askingSentence } from "../read/Frame.js";
import { EntityMatcher } from "../read/EntityMatcher.js";
import type { Lexicon, LexiconHit, LexiconRole } from "../read/Lexicon.js";
import { normalize, type Normalized } from "../read/normalize.js";

/**
 * Which of two things the asking sentence says needs the other: "Does WSL 2 need Docker
 * Desktop?", "用 WSL 2 需要装 Docker Desktop 吗" name the one that needs before an active word of
 * needing (data/lexicon/markers.yaml, needsActive) and the one needed after it. Null where the
 * sentence does not say it so: "Do I need Hyper-V to use WSL 2?" puts the word before both, and
 * "Is Hyper-V required for WSL 2?" uses a passive word, which says it the other way round.
 */
export function askedNeeder(
  graph: Graph,
  lexicon: Lexicon,
  question: string,
  a: KbEntity,
  b: KbEntity,
): KbEntity | null {
  const sentence = normalize(askingSentence(question));
  const mentions = EntityMatcher.of(graph).match(sentence);
  const at = (e: KbEntity) => mentions.find((m) => m.entity === e)?.start ?? -1;
  const [atA, atB] = [at(a), at(b)];
  if (atA < 0 || atB < 0 || atA === atB) return null;
  const [before, low, high] = atA < atB ? [a, atA, atB] : [b, atB, atA];
  const between = lexicon
    .find(sentence, "marker", "needsActive")
    .some((h) => positions(sentence, h.cue).some((p) => p > low && p < high));
  return between ? before : null;
}

/**
 * Whether the asking sentence names a word of a lexicon slot (an edition) before its first active
 * word of needing: "Do Windows Home users still need Docker Toolbox?" asks what Home users need,
 * not whether Home is needed, which "Do I need Pro for Docker Desktop?" asks.
 */
export function namedBeforeNeed(lexicon: Lexicon, question: string, role: LexiconRole, slot: string): boolean {
  const sentence = normalize(askingSentence(question));
  const first = (hits: readonly LexiconHit[]) =>
    hits.flatMap((h) => positions(sentence, h.cue)).sort((a, b) => a - b)[0];
  const need = first(lexicon.find(sentence, "marker", "needsActive"));
  const named = first(lexicon.find(sentence, role, slot));
  return need !== undefined && named !== undefined && named < need;
}

/** Where a folded cue stands in the compact sentence: a Latin cue only as whole words. */
function positions(sentence: Normalized, cue: string): number[] {
  const key = cue.replace(/ /g, "");
  const latin = !/\p{Script=Han}/u.test(key);
  const found: number[] = [];
  for (let i = sentence.compact.indexOf(key); i >= 0; i = sentence.compact.indexOf(key, i + 1)) {
    if (!latin || (sentence.boundaries.has(i) && sentence.boundaries.has(i + key.length))) found.push(i);
  }
  return found;
}
