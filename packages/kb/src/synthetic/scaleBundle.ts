import type { KbBundle, KbEntity, KbEvent, KbFact, Text } from "../compile/KbBundle.js";

const SYLLABLES = [
  "ka",
  "zo",
  "mi",
  "tel",
  "ran",
  "qu",
  "vex",
  "lor",
  "din",
  "sa",
  "pho",
  "gri",
  "nu",
  "bel",
  "tor",
  "wy",
];

/** A pronounceable made-up word, different for every n, so synthetic names never collide. */
function word(n: number): string {
  let out = "";
  let x = n + 17;
  do {
    out += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  } while (x > 0);
  return out;
}

const tag = (t: Text, suffix: string): Text => ({
  en: `${t.en} ${suffix}`,
  "zh-Hans": `${t["zh-Hans"]}${suffix}`,
  "zh-Hant": `${t["zh-Hant"]}${suffix}`,
});

/**
 * The shipped bundle grown `factor` times with synthetic copies of its entities, facts and events
 * (new slugs, names, aliases and ids), for measuring how queries scale. Never shipped as data.
 */
export function scaleBundle(bundle: KbBundle, factor: number): KbBundle {
  const entities: KbEntity[] = [...bundle.entities];
  const facts: KbFact[] = [...bundle.facts];
  const events: KbEvent[] = [...bundle.events];
  let n = 0;
  for (let copy = 1; copy < factor; copy++) {
    const rename = new Map<string, string>();
    for (const e of bundle.entities) rename.set(e.slug, `${e.slug}-x${copy}`);
    const to = (slug: string) => rename.get(slug) ?? slug;
    for (const e of bundle.entities) {
      const w = word(n++);
      entities.push({
        ...e,
        slug: to(e.slug),
        name: tag(e.name, w),
        aliases: [`${w} ${e.slug}`, `${w}${copy}`],
        aliasLangs: ["en", "en"],
        relations: e.relations.map((r) => ({
          ...r,
          source: to(r.source),
          target: to(r.target),
          facts: r.facts.map((id) => `${id}-x${copy}`),
        })),
        attributes: Object.fromEntries(
          Object.entries(e.attributes).map(([k, v]) => [k, { ...v, facts: v.facts.map((id) => `${id}-x${copy}`) }]),
        ),
      });
    }
    for (const f of bundle.facts) {
      facts.push({ ...f, id: `${f.id}-x${copy}`, entities: f.entities.map(to), text: tag(f.text, word(n++)) });
    }
    for (const ev of bundle.events) {
      events.push({
        ...ev,
        id: `${ev.id}-x${copy}`,
        entities: ev.entities.map(to),
        facts: ev.facts.map((id) => `${id}-x${copy}`),
      });
    }
  }
  return { ...bundle, dataVersion: `${bundle.dataVersion}-x${factor}`, entities, facts, events };
}
