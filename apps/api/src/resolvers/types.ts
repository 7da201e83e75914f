import type {
  CompatibilityCell,
  ComparisonCell,
  ComparisonRow,
  KbAttributeDef,
  KbAttributeValue,
  KbClaim,
  KbEdition,
  KbEvent,
  KbFact,
  KbRelease,
  KbSetup,
  KbSource,
  MatrixRow,
  Neighbour,
  SearchHit,
} from "@dockerwin/kb";
import type { Context } from "../context.js";
import { toGlobalId } from "../ids.js";
import { allInLang, inLang, type InLang } from "../language.js";
import { toArchEnum } from "./arch.js";
import { pricingOf } from "./pricing.js";
import { domainOf } from "./domain.js";
import { pick, pickMaybe, type LangArgs } from "./text.js";

const entitiesOf = (slugs: readonly string[], lang: InLang<unknown>["lang"], ctx: Context) =>
  allInLang(
    slugs.flatMap((s) => ctx.graph.entity(s) ?? []),
    lang,
  );
const factsOf = (ids: readonly string[], lang: InLang<unknown>["lang"], ctx: Context) =>
  allInLang(
    ids.flatMap((id) => ctx.graph.fact(id) ?? []),
    lang,
  );

/** Resolvers of the types that are not entities or roots. */
export const typeResolvers = {
  Node: {
    __resolveType: (p: InLang<{ __typename?: string }> & { type?: string }) => p.type,
  },
  Fact: {
    id: (p: InLang<KbFact>) => toGlobalId("Fact", p.v.id),
    text: (p: InLang<KbFact>, a: LangArgs) => pick(p.v.text, p, a),
    date: (p: InLang<KbFact>) => p.v.date,
    sources: (p: InLang<KbFact>, _: unknown, ctx: Context) => allInLang(ctx.graph.sourcesOf(p.v), p.lang),
    certainty: (p: InLang<KbFact>) => p.v.certainty,
    asOf: (p: InLang<KbFact>) => p.v.asOf,
    entities: (p: InLang<KbFact>, _: unknown, ctx: Context) => entitiesOf(p.v.entities, p.lang, ctx),
    topics: (p: InLang<KbFact>) => p.v.topics,
  },
  Source: {
    id: (p: InLang<KbSource>) => toGlobalId("Source", p.v.id),
    title: (p: InLang<KbSource>) => p.v.title,
    url: (p: InLang<KbSource>) => p.v.url,
    secondary: (p: InLang<KbSource>) => p.v.secondary,
    domain: (p: InLang<KbSource>) => domainOf(p.v),
  },
  Event: {
    id: (p: InLang<KbEvent>) => toGlobalId("Event", p.v.id),
    date: (p: InLang<KbEvent>) => p.v.date,
    title: (p: InLang<KbEvent>, a: LangArgs) => pick(p.v.title, p, a),
    entities: (p: InLang<KbEvent>, _: unknown, ctx: Context) => entitiesOf(p.v.entities, p.lang, ctx),
    sources: (p: InLang<KbEvent>, _: unknown, ctx: Context) =>
      allInLang(
        p.v.sources.flatMap((id) => ctx.graph.source(id) ?? []),
        p.lang,
      ),
    milestone: (p: InLang<KbEvent>) => p.v.milestone,
    topics: (p: InLang<KbEvent>) => p.v.topics,
    facts: (p: InLang<KbEvent>, _: unknown, ctx: Context) => factsOf(p.v.facts, p.lang, ctx),
  },
  Claim: {
    id: (p: InLang<KbClaim>) => toGlobalId("Claim", p.v.id),
    claim: (p: InLang<KbClaim>, a: LangArgs) => pick(p.v.claim, p, a),
    verdict: (p: InLang<KbClaim>) => p.v.verdict,
    correction: (p: InLang<KbClaim>, a: LangArgs) => pickMaybe(p.v.correction, p, a),
    entities: (p: InLang<KbClaim>, _: unknown, ctx: Context) => entitiesOf(p.v.entities, p.lang, ctx),
    facts: (p: InLang<KbClaim>, _: unknown, ctx: Context) => factsOf(p.v.facts, p.lang, ctx),
  },
  Setup: {
    id: (p: InLang<KbSetup>) => toGlobalId("Setup", p.v.slug),
    slug: (p: InLang<KbSetup>) => p.v.slug,
    name: (p: InLang<KbSetup>, a: LangArgs) => pick(p.v.name, p, a),
    summary: (p: InLang<KbSetup>, a: LangArgs) => pick(p.v.summary, p, a),
    uses: (p: InLang<KbSetup>, _: unknown, ctx: Context) => entitiesOf(p.v.uses, p.lang, ctx),
    containers: (p: InLang<KbSetup>, _: unknown, ctx: Context) => entitiesOf(p.v.containers, p.lang, ctx),
  },
  Attribute: {
    key: (p: InLang<{ def: KbAttributeDef; value: KbAttributeValue }>) => p.v.def.key,
    label: (p: InLang<{ def: KbAttributeDef }>, a: LangArgs) => pick(p.v.def.label, p, a),
    value: (p: InLang<{ value: KbAttributeValue }>, a: LangArgs, ctx: Context) => {
      const v = p.v.value;
      if (v.text) return pick(v.text, p, a);
      if (v.refs)
        return v.refs.map((s) => (ctx.graph.entity(s) ? pick(ctx.graph.entity(s)!.name, p, a) : s)).join(", ");
      return v.value ?? "";
    },
    entities: (p: InLang<{ value: KbAttributeValue }>, _: unknown, ctx: Context) =>
      entitiesOf(p.v.value.refs ?? [], p.lang, ctx),
    facts: (p: InLang<{ value: KbAttributeValue }>, _: unknown, ctx: Context) => factsOf(p.v.value.facts, p.lang, ctx),
  },
  Relation: {
    type: (p: InLang<Neighbour>) => p.v.relation.type,
    direction: (p: InLang<Neighbour>) => (p.v.direction === "out" ? "OUTGOING" : "INCOMING"),
    from: (p: InLang<Neighbour>, _: unknown, ctx: Context) => inLang(ctx.graph.entity(p.v.relation.source)!, p.lang),
    to: (p: InLang<Neighbour>, _: unknown, ctx: Context) => inLang(ctx.graph.entity(p.v.relation.target)!, p.lang),
    entity: (p: InLang<Neighbour>) => inLang(p.v.entity, p.lang),
    conditions: (p: InLang<Neighbour>) => (p.v.relation.conditions ? inLang(p.v.relation.conditions, p.lang) : null),
    facts: (p: InLang<Neighbour>, _: unknown, ctx: Context) => factsOf(p.v.relation.facts, p.lang, ctx),
  },
  RelationConditions: {
    editions: (p: InLang<NonNullable<Neighbour["relation"]["conditions"]>>) => p.v.editions,
    minBuild: (p: InLang<NonNullable<Neighbour["relation"]["conditions"]>>) => p.v.minBuild,
    arch: (p: InLang<NonNullable<Neighbour["relation"]["conditions"]>>) => p.v.arch,
    from: (p: InLang<NonNullable<Neighbour["relation"]["conditions"]>>) => p.v.from,
    until: (p: InLang<NonNullable<Neighbour["relation"]["conditions"]>>) => p.v.until,
    note: (p: InLang<NonNullable<Neighbour["relation"]["conditions"]>>, a: LangArgs) => pickMaybe(p.v.note, p, a),
  },
  Edition: {
    id: (p: InLang<KbEdition>) => p.v.id,
    name: (p: InLang<KbEdition>, a: LangArgs) => pick(p.v.name, p, a),
  },
  Release: {
    version: (p: InLang<KbRelease>) => p.v.version,
    build: (p: InLang<KbRelease>) => p.v.build,
    date: (p: InLang<KbRelease>) => p.v.date,
    name: (p: InLang<KbRelease>, a: LangArgs) => pickMaybe(p.v.name, p, a),
  },
  SearchHit: {
    score: (p: InLang<SearchHit>) => p.v.score,
    entity: (p: InLang<SearchHit>) => (p.v.entity ? inLang(p.v.entity, p.lang) : null),
    fact: (p: InLang<SearchHit>) => (p.v.fact ? inLang(p.v.fact, p.lang) : null),
  },
  ComparisonRow: {
    key: (p: InLang<ComparisonRow>) => p.v.key,
    label: (p: InLang<ComparisonRow>, a: LangArgs) => pick(p.v.label, p, a),
    values: (p: InLang<ComparisonRow>, a: LangArgs) => p.v.values.map((c) => (c ? pick(c.text, p, a) : null)),
    differs: (p: InLang<ComparisonRow>) => p.v.differs,
    cells: (p: InLang<ComparisonRow>) => p.v.values.map((c) => (c ? inLang(c, p.lang) : null)),
  },
  ComparisonCell: {
    value: (p: InLang<ComparisonCell>, a: LangArgs) => pick(p.v.text, p, a),
    facts: (p: InLang<ComparisonCell>, _: unknown, ctx: Context) => factsOf(p.v.facts, p.lang, ctx),
    pricing: pricingOf,
  },
  CompatibilityCell: {
    setup: (p: InLang<CompatibilityCell>) => inLang(p.v.setup, p.lang),
    arch: (p: InLang<CompatibilityCell>) => toArchEnum(p.v.arch),
    verdict: (p: InLang<CompatibilityCell>) => p.v.verdict,
    reason: (p: InLang<CompatibilityCell>, a: LangArgs) => pickMaybe(p.v.reason, p, a),
    facts: (p: InLang<CompatibilityCell>, _: unknown, ctx: Context) => factsOf(p.v.facts, p.lang, ctx),
  },
  CompatibilityRow: {
    os: (p: InLang<MatrixRow>, _: unknown, ctx: Context) => inLang(ctx.graph.entity(p.v.os)!, p.lang),
    arch: (p: InLang<MatrixRow>) => toArchEnum(p.v.arch),
    edition: (p: InLang<MatrixRow>, _: unknown, ctx: Context) => {
      const ed = ctx.graph.entity(p.v.os)?.editions.find((e) => e.id === p.v.edition);
      return ed ? inLang(ed, p.lang) : null;
    },
    minBuild: (p: InLang<MatrixRow>) => p.v.minBuild,
    maxBuild: (p: InLang<MatrixRow>) => p.v.maxBuild,
    cells: (p: InLang<MatrixRow>) => allInLang(p.v.cells, p.lang),
  },
};
