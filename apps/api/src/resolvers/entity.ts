import type { EntityKind, KbEntity, RelationType } from "@dockerwin/kb";
import { compatibility, timeline } from "@dockerwin/kb";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { toGlobalId } from "../ids.js";
import { allInLang, inLang, type InLang } from "../language.js";
import { paginate } from "../pagination.js";
import { archOf, toArchEnum, type ArchitectureEnum } from "./arch.js";
import { pick, type LangArgs } from "./text.js";

type E = InLang<KbEntity>;

/** The GraphQL object type of each entity kind. */
export const TYPE_OF_KIND: Record<EntityKind, string> = {
  COMPANY: "Company",
  PRODUCT: "Product",
  OS_VERSION: "OperatingSystem",
  HYPERVISOR: "Hypervisor",
  CONTAINER_TYPE: "ContainerType",
  TECHNOLOGY: "Technology",
};

const DIRECTIONS = { OUTGOING: "out", INCOMING: "in", BOTH: "both" } as const;

/** Federation asks for an entity by its key, through the interface or a concrete type. */
const resolveReference = (ref: { slug: string }, ctx: Context): E | null => {
  const e = ctx.graph.entity(ref.slug);
  return e ? inLang(e, "en") : null;
};

/** The fields every entity type shares; each concrete type gets the same resolvers. */
const entityFields = {
  __resolveReference: resolveReference,
  id: (p: E) => toGlobalId("Entity", p.v.slug),
  slug: (p: E) => p.v.slug,
  kind: (p: E) => p.v.kind,
  name: (p: E, a: LangArgs) => pick(p.v.name, p, a),
  summary: (p: E, a: LangArgs) => pick(p.v.summary, p, a),
  aliases: (p: E) => p.v.aliases,
  aliasNames: (p: E) => p.v.aliases.map((text, i) => ({ text, lang: p.v.aliasLangs[i] ?? null })),
  since: (p: E) => p.v.since,
  facts: (p: E, _: unknown, ctx: Context) => allInLang(ctx.graph.factsOf(p.v.slug), p.lang),
  attributes: (p: E, _: unknown, ctx: Context) =>
    ctx.graph.bundle.attributes.flatMap((def) => {
      const value = p.v.attributes[def.key];
      return value ? [inLang({ def, value }, p.lang)] : [];
    }),
  relations: (
    p: E,
    a: {
      type?: RelationType | null;
      direction?: keyof typeof DIRECTIONS | null;
      first?: number | null;
      after?: string | null;
    },
    ctx: Context,
  ) => {
    const list = ctx.graph.neighbours(p.v.slug, {
      ...(a.type ? { type: a.type } : {}),
      direction: DIRECTIONS[a.direction ?? "BOTH"],
    });
    return paginate(allInLang(list, p.lang), a.first, a.after);
  },
  events: (p: E, a: { first?: number | null; after?: string | null }, ctx: Context) =>
    paginate(allInLang(timeline(ctx.graph, { entity: p.v.slug }), p.lang), a.first, a.after),
  sources: (p: E, _: unknown, ctx: Context) => {
    const ids = new Set(ctx.graph.factsOf(p.v.slug).flatMap((f) => f.sources));
    return allInLang(
      [...ids].flatMap((id) => ctx.graph.source(id) ?? []),
      p.lang,
    );
  },
  claims: (p: E, _: unknown, ctx: Context) => allInLang(ctx.graph.claimsAbout(p.v.slug), p.lang),
};

const osFields = {
  ...entityFields,
  editions: (p: E) => allInLang(p.v.editions, p.lang),
  releases: (p: E) => allInLang(p.v.releases, p.lang),
  architectures: (p: E) => p.v.architectures.map(toArchEnum),
  compatibility: (
    p: E,
    a: { arch?: ArchitectureEnum | null; edition?: string | null; build?: number | null },
    ctx: Context,
  ) => {
    if (a.edition && !p.v.editions.some((e) => e.id === a.edition)) {
      throw badInput(
        `"${a.edition}" is not an edition of ${p.v.slug}; it has ${p.v.editions.map((e) => e.id).join(", ") || "none"}`,
      );
    }
    const arch = archOf(p.v, a.arch);
    return allInLang(
      compatibility(ctx.graph, {
        os: p.v.slug,
        ...(arch ? { arch } : {}),
        ...(a.edition ? { edition: a.edition } : {}),
        ...(a.build ? { build: a.build } : {}),
      }),
      p.lang,
    );
  },
};

export const entityResolvers = {
  Entity: {
    __resolveType: (p: E) => TYPE_OF_KIND[p.v.kind],
    __resolveReference: resolveReference,
  },
  Company: entityFields,
  Product: entityFields,
  OperatingSystem: osFields,
  Hypervisor: entityFields,
  ContainerType: entityFields,
  Technology: entityFields,
};
