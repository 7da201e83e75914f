import type { KbEntity, RelationType } from "@dockerwin/kb";
import { askingSentence } from "../read/Frame.js";
import type { Lexicon } from "../read/Lexicon.js";
import { normalize } from "../read/normalize.js";
import type { AnswerContext, Draft } from "./Draft.js";
import type { Executor } from "./Executor.js";
import { namedAfter } from "./helpers.js";

// The relations that say one thing ships inside another, whichever of the two is named first.
const INCLUSION: ReadonlySet<RelationType> = new Set<RelationType>(["INCLUDES", "PART_OF"]);

/**
 * "Does Windows Server 2019 come with Docker?", "Server 2019 自带 Docker 吗？": asked whether a
 * system ships with a thing, whether the thing runs there does not settle it (Docker Engine runs
 * on Server 2019 and is installed separately). A "yes" or "partly" stands only where the data
 * records that one includes the other (INCLUDES, PART_OF) on the edition asked, or where a fact
 * the answer rests on says it in words ("WSL 2 ships with a full Linux kernel"). A "no" stands:
 * what does not run on a system does not come with it either.
 * Returns the asking sentence's inclusion word where the verdict does not stand, else null.
 */
export function unincludedVerdict(
  ctx: AnswerContext,
  lexicon: Lexicon,
  executor: Executor,
  draft: Draft,
): string | null {
  if (draft.verdict === null || draft.verdict === "NO") return null;
  const sentence = normalize(askingSentence(ctx.reading.question));
  const asked = lexicon
    .find(sentence, "relation")
    .find((h) => h.entry.value !== undefined && INCLUSION.has(h.entry.value as RelationType));
  if (!asked) return null;
  if (executor.wordMatched === true && inclusionSaid(lexicon, draft)) return null;
  const things = [...new Set(ctx.reading.entities.filter((e) => e.kind !== "COMPANY"))];
  // What is asked to be included is named after the word that asks it; where the graph holds
  // nothing named there ("…里还包含 PowerShell 吗"), an inclusion between the other two things
  // named (Windows Server 1709 and Nano Server) is not what was asked.
  const objects = namedAfter(ctx, sentence, asked);
  return things.some((a) =>
    things.some((b) => a !== b && (objects.includes(a) || objects.includes(b)) && includes(ctx, a, b)),
  )
    ? null
    : asked.cue;
}

/** The data records that `whole` ships `part`, on the edition asked where its relation names editions. */
function includes(ctx: AnswerContext, whole: KbEntity, part: KbEntity): boolean {
  const edition = ctx.reading.edition;
  return ctx.graph
    .neighbours(whole.slug, { direction: "out" })
    .some(
      (n) =>
        n.entity.slug === part.slug &&
        INCLUSION.has(n.relation.type) &&
        (edition === null || !n.relation.conditions?.editions || n.relation.conditions.editions.includes(edition)),
    );
}

/** A fact the answer rests on says that something ships with, includes or bundles another. */
function inclusionSaid(lexicon: Lexicon, draft: Draft): boolean {
  return draft.facts.some((f) =>
    [f.text.en, f.text["zh-Hans"]].some((t) =>
      lexicon.find(normalize(t), "relation").some((h) => INCLUSION.has(h.entry.value as RelationType)),
    ),
  );
}
