import { createHash } from "node:crypto";
import type { DataSet } from "../load/DataSet.js";
import type { ConditionsSchema, RelationInput } from "../schema/entity.js";
import type { LocalizedTextInput } from "../schema/text.js";
import { langOfName } from "../text/chinese.js";
import { terminologyOf } from "../text/terminology.js";
import { compileErrors } from "./compileErrors.js";
import { compileLexicon } from "./compileLexicon.js";
import { compileRelease } from "./compileRelease.js";
import type { KbBundle, KbConditions, KbFact, KbRelation, Text } from "./KbBundle.js";
import { typedValue, valueTypes } from "./typedValues.js";
import type { z } from "zod";

/**
 * Turns a lint-clean DataSet into the bundle consumers load. Simplified Chinese is derived
 * here, once, so every consumer sees the same three scripts.
 */
export function compileDataSet(ds: DataSet): KbBundle {
  const terms = terminologyOf(ds.glossary);
  const simplify = (s: string) => terms.simplify(s);
  const text = (t: LocalizedTextInput): Text => ({
    en: t.en.trim(),
    "zh-Hant": t["zh-Hant"].trim(),
    "zh-Hans": (t["zh-Hans"] ?? simplify(t["zh-Hant"])).trim(),
  });
  const maybe = (t: LocalizedTextInput | undefined): Text | null => (t ? text(t) : null);
  const conditions = (c: z.infer<typeof ConditionsSchema> | undefined): KbConditions | null =>
    c
      ? {
          editions: c.editions ?? null,
          minBuild: c.minBuild ?? null,
          arch: c.arch ?? null,
          from: c.from ?? null,
          until: c.until ?? null,
          note: maybe(c.note),
        }
      : null;
  const relation = (source: string, r: RelationInput): KbRelation => ({
    type: r.type,
    source,
    target: r.target,
    conditions: conditions(r.conditions),
    facts: r.facts ?? [],
  });

  const facts: KbFact[] = ds.facts.map(({ value: f, owner }) => ({
    id: f.id,
    text: text(f.text),
    date: f.date ?? null,
    asOf: f.asOf ?? false,
    certainty: f.certainty,
    sources: f.sources,
    entities: [...new Set([...(owner ? [owner] : []), ...(f.about ?? [])])],
    topics: f.topics ?? [],
  }));

  return {
    dataVersion: contentHash(ds.texts),
    entities: ds.entities.map(({ value: e }) => ({
      slug: e.slug,
      kind: e.kind,
      name: text(e.name),
      aliases: e.aliases,
      aliasLangs: e.aliases.map(langOfName),
      summary: text(e.summary),
      since: e.since ?? null,
      concept: e.concept ?? false,
      asksEverySetup: e.asksEverySetup ?? false,
      attributes: Object.fromEntries(
        Object.entries(e.attributes).map(([k, a]) => [
          k,
          {
            refs: "refs" in a ? a.refs : null,
            value: "value" in a ? a.value : null,
            text: "text" in a ? text(a.text) : null,
            typed: typedValue(a),
            facts: a.facts ?? [],
          },
        ]),
      ),
      editions: (e.editions ?? []).map((ed) => ({ id: ed.id, name: text(ed.name) })),
      releases: (e.releases ?? []).map((r) => compileRelease(r, maybe)),
      architectures: e.architectures ?? [],
      relations: e.relations.map((r) => relation(e.slug, r)),
    })),
    facts,
    events: ds.events
      .map(({ value: ev }) => ({
        id: ev.id,
        date: ev.date,
        title: text(ev.title),
        entities: ev.entities,
        sources: ev.sources,
        facts: ev.facts ?? [],
        milestone: ev.milestone ?? false,
        topics: ev.topics ?? [],
      }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    claims: ds.claims.map(({ value: c }) => ({
      id: c.id,
      claim: text(c.claim),
      verdict: c.verdict,
      correction: maybe(c.correction),
      entities: c.entities,
      facts: c.facts,
    })),
    setups: ds.setups.map(({ value: s }) => ({
      slug: s.slug,
      name: text(s.name),
      summary: text(s.summary),
      uses: s.uses,
      containers: s.containers,
      rules: s.rules.map((r) => ({
        os: r.os,
        arch: r.arch ?? null,
        editions: r.editions ?? null,
        minBuild: r.minBuild ?? null,
        verdict: r.verdict,
        current: r.current ?? r.verdict,
        reason: text(r.reason),
        facts: r.facts,
      })),
    })),
    sources: ds.sources.map(({ value: s }) => ({
      id: s.id,
      title: s.title,
      url: s.url,
      secondary: s.secondary ?? false,
    })),
    errors: compileErrors(ds, text),
    attributes: ds.attributes.map(({ value: a }) => ({ key: a.key, label: text(a.label), type: a.type ?? null })),
    valueTypes: valueTypes(),
    lexicon: compileLexicon(ds.lexicon, text),
  };
}

function contentHash(texts: ReadonlyMap<string, string>): string {
  const h = createHash("sha256");
  for (const file of [...texts.keys()].sort())
    h.update(file)
      .update("\0")
      .update(texts.get(file) ?? "")
      .update("\0");
  return h.digest("hex").slice(0, 16);
}
