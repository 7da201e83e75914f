import { fill, listOf } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { bestFacts } from "./helpers.js";

const EDITION_NAMES: Record<string, { en: string; zh: string }> = {
  home: { en: "Home", zh: "家用版" },
  pro: { en: "Pro", zh: "專業版" },
  enterprise: { en: "Enterprise", zh: "企業版" },
  education: { en: "Education", zh: "教育版" },
  standard: { en: "Standard", zh: "標準版" },
  datacenter: { en: "Datacenter", zh: "資料中心版" },
};

/**
 * "Does Windows 8 have a Home edition?": settled by the editions the OS lists, the kind of
 * question the source article got wrong (Windows 8 had no Home edition).
 */
export function answerEdition(ctx: AnswerContext): Draft | null {
  const { reading, lang, graph } = ctx;
  if (reading.intent !== "YES_NO" || !reading.edition) return null;
  if (
    !/\b(have|has|is there|exist)\w*\b.*\beditions?\b|\beditions?\b.*\bexist|有.*版(吗|嗎|么)?$|有没有.*版/.test(
      reading.normalized.folded,
    )
  )
    return null;
  const os = reading.entities.find((e) => e.kind === "OS_VERSION" && e.editions.length > 0);
  if (!os || reading.entities.some((e) => e !== os && e.kind !== "COMPANY")) return null;
  const has = os.editions.find((e) => e.id === reading.edition);
  const facts = bestFacts(
    ctx,
    graph.factsOf(os.slug).filter((f) => f.topics.includes("editions")),
    1,
  );
  const names = os.editions.map((e) => e.name[lang]);
  const asked = EDITION_NAMES[reading.edition]?.[lang === "en" ? "en" : "zh"] ?? reading.edition;
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
