import type { ErrorMatch, KbErrorConditions, KbErrorEntry, KbErrorMessage, KbFixStep, Lang } from "@dockerwin/kb";
import { foldToSimplified, hasHan } from "@dockerwin/kb";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { allInLang, inLang, toEnum, toLang, type InLang, type LanguageEnum } from "../language.js";
import { MAX_PAGE, paginate } from "../pagination.js";
import { pick, pickMaybe, type LangArgs } from "./text.js";

/** Longest pasted text matchError reads; a message and its context fit well within it. */
export const MAX_PASTE = 4_000;

type L = { language?: LanguageEnum | null };

/**
 * The paste as it is measured and matched: one Unicode form, one kind of line break, no
 * surrounding blank space, so the limit means the same for every client.
 */
export function normalisePaste(text: string): string {
  return text.normalize("NFKC").replace(/\r\n?/g, "\n").trim();
}

/** A paste in Chinese is answered in the script it is written in. */
function languageOf(text: string): Lang {
  if (!hasHan(text)) return "en";
  return foldToSimplified(text) === text ? "zh-Hans" : "zh-Hant";
}

const entitiesOf = (slugs: readonly string[], lang: Lang, ctx: Context) =>
  allInLang(
    slugs.flatMap((s) => ctx.graph.entity(s) ?? []),
    lang,
  );

export const errorResolvers = {
  Query: {
    errorEntries: (
      _: unknown,
      a: { entity?: string | null; first?: number | null; after?: string | null } & L,
      ctx: Context,
    ) => {
      if (a.entity && !ctx.graph.entity(a.entity))
        throw badInput(`"entity" names no entity: ${JSON.stringify(a.entity.slice(0, 60))}`);
      const entries = a.entity ? ctx.graph.errorsAbout(a.entity) : ctx.graph.errors();
      return paginate(allInLang(entries, toLang(a.language)), a.first, a.after);
    },
    errorEntry: (_: unknown, a: { slug: string } & L, ctx: Context) => {
      const e = ctx.graph.errorBySlug(a.slug);
      return e ? inLang(e, toLang(a.language)) : null;
    },
    matchError: (_: unknown, a: { text: string; first?: number | null } & L, ctx: Context) => {
      const first = a.first ?? 5;
      if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
        throw badInput(`"first" must be between 1 and ${MAX_PAGE}, got ${first}`);
      const text = normalisePaste(a.text);
      if (text.length > MAX_PASTE)
        throw badInput(`"text" is ${text.length} characters long; the limit is ${MAX_PASTE}`);
      if (text === "") throw badInput(`"text" is empty`);
      const lang = a.language ? toLang(a.language) : languageOf(text);
      return allInLang(ctx.graph.matchError(text, { first }), lang);
    },
  },
  ErrorEntry: {
    slug: (p: InLang<KbErrorEntry>) => p.v.slug,
    title: (p: InLang<KbErrorEntry>, a: LangArgs) => pick(p.v.title, p, a),
    messages: (p: InLang<KbErrorEntry>) => allInLang(p.v.messages, p.lang),
    codes: (p: InLang<KbErrorEntry>) => p.v.codes,
    cause: (p: InLang<KbErrorEntry>, a: LangArgs) => pick(p.v.cause, p, a),
    fix: (p: InLang<KbErrorEntry>) => allInLang(p.v.fix, p.lang),
    entities: (p: InLang<KbErrorEntry>, _: unknown, ctx: Context) => entitiesOf(p.v.entities, p.lang, ctx),
    conditions: (p: InLang<KbErrorEntry>) => (p.v.conditions ? inLang(p.v.conditions, p.lang) : null),
    sources: (p: InLang<KbErrorEntry>, _: unknown, ctx: Context) =>
      allInLang(
        p.v.sources.flatMap((id) => ctx.graph.source(id) ?? []),
        p.lang,
      ),
  },
  ErrorMessage: {
    text: (p: InLang<KbErrorMessage>) => p.v.text,
    language: (p: InLang<KbErrorMessage>) => toEnum(p.v.lang),
  },
  FixStep: {
    text: (p: InLang<KbFixStep>, a: LangArgs) => pick(p.v.text, p, a),
    command: (p: InLang<KbFixStep>) => p.v.command,
    shell: (p: InLang<KbFixStep>) => p.v.shell,
  },
  ErrorConditions: {
    os: (p: InLang<KbErrorConditions>, _: unknown, ctx: Context) => entitiesOf(p.v.os ?? [], p.lang, ctx),
    editions: (p: InLang<KbErrorConditions>) => p.v.editions,
    minBuild: (p: InLang<KbErrorConditions>) => p.v.minBuild,
    maxBuild: (p: InLang<KbErrorConditions>) => p.v.maxBuild,
    note: (p: InLang<KbErrorConditions>, a: LangArgs) => pickMaybe(p.v.note, p, a),
  },
  ErrorMatch: {
    entry: (p: InLang<ErrorMatch>) => inLang(p.v.entry, p.lang),
    score: (p: InLang<ErrorMatch>) => p.v.score,
    matchedBy: (p: InLang<ErrorMatch>) => p.v.matchedBy,
    matched: (p: InLang<ErrorMatch>) => p.v.matched,
  },
};
