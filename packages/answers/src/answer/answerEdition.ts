import { hasHan } from "@dockerwin/kb";
import { lexiconOf } from "../read/Lexicon.js";
import { fill, listOf } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { bestFacts } from "./helpers.js";

/**
 * "Does Windows 8 have a Home edition?": settled by the editions the OS lists, the kind of
 * question the source article got wrong (Windows 8 had no Home edition).
 */
export function answerEdition(ctx: AnswerContext): Draft | null {
  const { reading, lang, graph } = ctx;
  if (reading.intent !== "YES_NO" || !reading.edition) return null;
  if (!asksWhetherItExists(ctx)) return null;
  const os = reading.entities.find((e) => e.kind === "OS_VERSION" && e.editions.length > 0);
  if (!os || reading.entities.some((e) => e !== os && e.kind !== "COMPANY")) return null;
  const has = os.editions.find((e) => e.id === reading.edition);
  const facts = bestFacts(
    ctx,
    graph.factsOf(os.slug).filter((f) => f.topics.includes("editions")),
    1,
  );
  const names = os.editions.map((e) => e.name[lang]);
  const asked =
    graph.bundle.lexicon.find((e) => e.role === "qualifier" && e.slot === "edition" && e.value === reading.edition)
      ?.label?.[lang] ?? reading.edition;
  return {
    verdict: has ? "YES" : "NO",
    parts: [
      fill(has ? P.yesIs : P.noIs, lang),
      ...(has ? [] : [fill(P.noSuchEdition, lang, { os: os.name[lang], edition: asked, list: listOf(names, lang) })]),
      ...facts.map((f) => f.text[lang]),
    ],
    entities: [os],
    facts,
  };
}

/**
 * Whether the question asks if an edition exists: a word of having before the word for an
 * edition ("Does Windows 8 have a Home edition?", "Win8 有家庭版吗"), or "edition" before "exists",
 * both in one script (data/lexicon/markers.yaml).
 */
function asksWhetherItExists(ctx: AnswerContext): boolean {
  const lexicon = lexiconOf(ctx.graph);
  const q = ctx.reading.normalized;
  const having = lexicon.find(q, "marker", "editionExists")[0];
  const edition = lexicon.find(q, "marker", "editionWord")[0];
  if (!having || !edition || hasHan(having.cue) !== hasHan(edition.cue)) return false;
  return having.at < edition.at || having.cue.startsWith("exist");
}
