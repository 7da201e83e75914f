import type { EntityKind } from "@dockerwin/kb";
import { compare, compatibility, compatibilityMatrix, timeline } from "@dockerwin/kb";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { allInLang, inLang, toLang, type LanguageEnum } from "../language.js";
import { MAX_PAGE, paginate } from "../pagination.js";
import { archOf, type ArchitectureEnum } from "./arch.js";
import { nodeById } from "./node.js";

type L = { language?: LanguageEnum | null };
type Page = { first?: number | null; after?: string | null };

/** A question with a pasted log or error output: a screen's worth fits, as people paste them. */
export const MAX_QUESTION = 2_000;
export const MAX_HISTORY = 20;
/** Search queries are names and a few words; the fuzzy matcher's work grows with their length. */
export const MAX_SEARCH = 200;

/** The length the reader sees, after NFKC: "\uFDFA" is one character that unfolds into eighteen. */
const readLength = (s: string) => s.normalize("NFKC").length;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The shape alone would let 2016-13 or 2016-02-30 through, and they would filter on a day that never was. */
function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y = 0, mo = 1, d = 1] = m.slice(1).filter(Boolean).map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function checkDate(name: string, value: string | null | undefined): void {
  if (value && !isDate(value))
    throw badInput(`"${name}" must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value.slice(0, 40))}`);
}

function checkEntity(ctx: Context, slug: string | null | undefined, what = "entity"): void {
  if (slug && !ctx.graph.entity(slug))
    throw badInput(`"${what}" names no entity: ${JSON.stringify(slug.slice(0, 60))}`);
}

export const queryResolvers = {
  Query: {
    ask: (_: unknown, a: { question: string; history?: string[] | null } & L, ctx: Context) => {
      if (readLength(a.question) > MAX_QUESTION) {
        throw badInput(`"question" is ${readLength(a.question)} characters long; the limit is ${MAX_QUESTION}`);
      }
      if (a.question.trim() === "") throw badInput(`"question" is empty`);
      const history = a.history ?? [];
      if (history.length > MAX_HISTORY)
        throw badInput(`"history" has ${history.length} turns; the limit is ${MAX_HISTORY}`);
      if (history.some((h) => readLength(h) > MAX_QUESTION)) {
        throw badInput(`every turn of "history" must be at most ${MAX_QUESTION} characters`);
      }
      const answer = ctx.answers.ask(a.question, history, a.language ? toLang(a.language) : undefined);
      if (answer.status === "NOT_FOUND") {
        ctx.feedback?.unanswered.push({
          question: a.question,
          history,
          dataVersion: ctx.graph.dataVersion,
          language: answer.language,
          askedAt: new Date().toISOString(),
        });
      }
      return inLang(answer, answer.language);
    },
    entity: (_: unknown, a: { slug: string }, ctx: Context) => {
      const e = ctx.graph.entity(a.slug);
      return e ? inLang(e, "en") : null;
    },
    entities: (_: unknown, a: { kind?: EntityKind | null } & Page & L, ctx: Context) =>
      paginate(allInLang(ctx.graph.entities(a.kind ?? undefined), toLang(a.language)), a.first, a.after),
    search: (_: unknown, a: { query: string; first?: number | null } & L, ctx: Context) => {
      const first = a.first ?? 10;
      if (first < 1 || first > MAX_PAGE) throw badInput(`"first" must be between 1 and ${MAX_PAGE}, got ${first}`);
      if (readLength(a.query) > MAX_SEARCH) throw badInput(`"query" is longer than ${MAX_SEARCH} characters`);
      return allInLang(ctx.search.search(a.query, first), toLang(a.language));
    },
    timeline: (
      _: unknown,
      a: { from?: string | null; to?: string | null; entity?: string | null } & L,
      ctx: Context,
    ) => {
      checkDate("from", a.from);
      checkDate("to", a.to);
      checkEntity(ctx, a.entity);
      return allInLang(
        timeline(ctx.graph, {
          ...(a.from ? { from: a.from } : {}),
          ...(a.to ? { to: a.to } : {}),
          ...(a.entity ? { entity: a.entity } : {}),
        }),
        toLang(a.language),
      );
    },
    events: (
      _: unknown,
      a: {
        from?: string | null;
        to?: string | null;
        entity?: string | null;
        topic?: string | null;
        milestonesOnly?: boolean | null;
      } & Page &
        L,
      ctx: Context,
    ) => {
      checkDate("from", a.from);
      checkDate("to", a.to);
      checkEntity(ctx, a.entity);
      const events = timeline(ctx.graph, {
        ...(a.from ? { from: a.from } : {}),
        ...(a.to ? { to: a.to } : {}),
        ...(a.entity ? { entity: a.entity } : {}),
        ...(a.topic ? { topic: a.topic } : {}),
        milestonesOnly: a.milestonesOnly ?? false,
      });
      return paginate(allInLang(events, toLang(a.language)), a.first, a.after);
    },
    compare: (_: unknown, a: { slugs: string[] } & L, ctx: Context) => {
      if (a.slugs.length < 2 || a.slugs.length > 10)
        throw badInput(`"slugs" must name 2 to 10 entities, got ${a.slugs.length}`);
      const unknown = a.slugs.filter((s) => !ctx.graph.entity(s));
      if (unknown.length > 0)
        throw badInput(`"slugs" names no entity: ${unknown.map((s) => JSON.stringify(s.slice(0, 60))).join(", ")}`);
      return inLang(compare(ctx.graph, a.slugs), toLang(a.language));
    },
    compatibility: (
      _: unknown,
      a: { os: string; arch?: ArchitectureEnum | null; edition?: string | null; build?: number | null } & L,
      ctx: Context,
    ) => {
      const os = ctx.graph.entity(a.os);
      if (!os || os.kind !== "OS_VERSION")
        throw badInput(`"os" names no operating system: ${JSON.stringify(a.os.slice(0, 60))}`);
      if (a.edition && !os.editions.some((e) => e.id === a.edition)) {
        throw badInput(
          `${JSON.stringify(a.edition.slice(0, 60))} is not an edition of ${os.slug}; it has ${os.editions.map((e) => e.id).join(", ") || "none"}`,
        );
      }
      if (a.build !== null && a.build !== undefined && a.build < 1)
        throw badInput(`"build" must be a positive build number`);
      const arch = archOf(os, a.arch);
      return allInLang(
        compatibility(ctx.graph, {
          os: a.os,
          ...(arch ? { arch } : {}),
          ...(a.edition ? { edition: a.edition } : {}),
          ...(a.build ? { build: a.build } : {}),
        }),
        toLang(a.language),
      );
    },
    compatibilityMatrix: (_: unknown, a: L, ctx: Context) =>
      allInLang(compatibilityMatrix(ctx.graph), toLang(a.language)),
    setups: (_: unknown, a: L, ctx: Context) => allInLang(ctx.graph.bundle.setups, toLang(a.language)),
    claims: (_: unknown, a: Page & L, ctx: Context) =>
      paginate(allInLang(ctx.graph.bundle.claims, toLang(a.language)), a.first, a.after),
    stats: (_: unknown, __: unknown, ctx: Context) => ctx.graph.stats(),
    node: (_: unknown, a: { id: string }, ctx: Context) => nodeById(ctx, a.id),
    nodes: (_: unknown, a: { ids: string[] }, ctx: Context) => {
      if (a.ids.length > MAX_PAGE) throw badInput(`"ids" may hold at most ${MAX_PAGE} IDs, got ${a.ids.length}`);
      return a.ids.map((id) => nodeById(ctx, id));
    },
  },
  Comparison: {
    entities: (p: { v: ReturnType<typeof compare>; lang: "en" }) => allInLang(p.v.entities, p.lang),
    rows: (p: { v: ReturnType<typeof compare>; lang: "en" }) => allInLang(p.v.rows, p.lang),
  },
};
