import type { KbAttributeValue, KbEntity } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { normalize, type Normalized } from "../read/normalize.js";
import { clausesOf } from "../read/clauses.js";
import { namedByWord } from "../read/Frame.js";
import { askedTogether, bestFacts, lexiconOf, lifecycleOf, RETIRED } from "./helpers.js";

/** A typed attribute value as the data gives it, where it does (lifecycle, licence, hypervisor). */
interface Typed {
  type?: string;
  status?: string;
  openSource?: boolean;
  hypervisorType?: string;
}

const typedOf = (value: KbAttributeValue): Typed | null => (value as { typed?: Typed | null }).typed ?? null;

/**
 * What the attribute says, in the terms of the predicate's values: "gone" or "alive" for a
 * status, "open" or "closed" for a licence, "type1" or "type2" for a hypervisor. Read from the
 * typed value where the data has one, else from the English text, which the data keeps in a
 * plain, regular form. Null when neither says.
 */
function stated(family: string, value: KbAttributeValue): readonly string[] | null {
  const typed = typedOf(value);
  const text = value.text?.en.toLowerCase() ?? "";
  switch (family) {
    case "status":
      if (typed?.status) return [RETIRED.has(typed.status) ? "gone" : "alive"];
      return [
        /deprecated|archived|removed|discontinued|superseded|no longer|out of support/.test(text) ? "gone" : "alive",
      ];
    case "licence":
      if (typed?.openSource !== undefined) return [typed.openSource ? "open" : "closed"];
      if (/open.source|gpl|mit|apache/.test(text)) return /proprietary/.test(text) ? ["open", "closed"] : ["open"];
      return ["closed"];
    case "hypervisorType":
      if (typed?.hypervisorType) return [typed.hypervisorType.replace(/[^a-z0-9]/gi, "").toLowerCase()];
      return /type 1|bare metal/.test(text) ? ["type1"] : /type 2|hosted/.test(text) ? ["type2"] : null;
    default:
      return null;
  }
}

/**
 * A yes/no question about one property ("Is boot2docker still maintained?", "Is Hyper-V a type 1
 * hypervisor?", "Is VirtualBox open source?"): the predicate's family names the attribute, its
 * value what is asked, and the attribute settles it.
 */
export function answerProperty(ctx: AnswerContext): Draft | null {
  const { reading, lang, graph } = ctx;
  if (reading.intent !== "YES_NO") return null;
  const production = notForProduction(ctx);
  if (production) return production;
  const predicate = reading.frame.predicate;
  if (!predicate?.value) return null;
  const family = predicate.family;
  // "开了 Hyper-V 之后，VMware Workstation 还能用吗？": whether it still works beside another
  // thing is asked, not whether it is still alive.
  if (family === "status" && askedTogether(ctx)) return null;
  // "Is LCOW still supported in Docker Engine?": a part asked about inside its whole is the subject.
  const having = reading.frame.asked.filter((e) => e.attributes[family]?.text);
  const partOf = (part: KbEntity, whole: KbEntity) =>
    graph.neighbours(part.slug, { type: "PART_OF", direction: "out" }).some((n) => n.entity === whole);
  const wholes = having.filter((e) => !having.some((p) => p !== e && partOf(p, e)));
  // "为了装 Docker Desktop 开了 Hyper-V，以前一直用的 VMware Workstation 还能用吗？": the clause
  // that holds the predicate names what it is asked of; a thing named elsewhere is the story's.
  const own = predicateClause(ctx, predicate.id);
  const inClause = own ? reading.frame.asked.filter((e) => namedByWord(e, own)) : [];
  if (inClause.length > 0 && !inClause.some((e) => wholes.includes(e))) return null;
  const candidates = inClause.length > 0 ? wholes.filter((e) => inClause.includes(e)) : wholes;
  const subject: KbEntity | undefined = candidates[0] ?? reading.entities.find((e) => e.attributes[family]?.text);
  const value = subject?.attributes[family];
  if (!subject || !value?.text) return null;
  const says = stated(family, value);
  if (!says) return null;
  // Two things asked about that differ ("Docker for Windows is promoted; can we count on the
  // toolbox?"): which one the predicate is said of is not settled, so no verdict.
  const differ = candidates.some((e) => String(stated(family, e.attributes[family]!)) !== String(says));
  // "Nano Server · Status: container base image only; no longer a host option": a thing that
  // lives on where a use of it has ended is still there for one use and gone for the other,
  // and which one the question means its status does not say.
  const partEnded =
    family === "status" &&
    says.includes("alive") &&
    lexiconOf(graph).find(normalize(value.text.en), "marker", "present").length > 0;
  const verdict: Verdict | null =
    differ || partEnded ? null : !says.includes(predicate.value) ? "NO" : says.length > 1 ? "PARTLY" : "YES";
  const facts = bestFacts(
    ctx,
    value.facts.flatMap((id) => graph.fact(id) ?? []),
    2,
  );
  const label = graph.bundle.attributes.find((a) => a.key === family)?.label[lang] ?? family;
  return {
    verdict,
    parts: [
      ...(verdict === null ? [] : [fill(verdict === "YES" ? P.yesIs : verdict === "NO" ? P.noIs : P.partly, lang)]),
      ...(differ ? candidates : [subject]).map((e) =>
        fill(P.answerIs, lang, {
          subject: `${e.name[lang]} · ${label}`,
          list: e.attributes[family]!.text![lang].replace(/[.。]$/, ""),
        }),
      ),
      ...facts.map((f) => f.text[lang]),
    ],
    entities: differ ? candidates : [subject],
    facts,
  };
}

/** The clause of the question that holds the predicate asked, normalized; null if none alone does. */
function predicateClause(ctx: AnswerContext, id: string): Normalized | null {
  const lexicon = lexiconOf(ctx.graph);
  const clauses = clausesOf(ctx.reading.question)
    .map((c) => normalize(c))
    .filter((n) => lexicon.find(n, "predicate").some((h) => h.entry.id === id));
  return clauses.length === 1 ? clauses[0]! : null;
}

/**
 * "Is LCOW supported for production use?": a thing whose typed lifecycle says it is gone
 * (deprecated, removed, archived, out of support) is supported in production nowhere, whatever
 * else the question names, so the production qualifier is settled by its status.
 */
function notForProduction(ctx: AnswerContext): Draft | null {
  const { reading, lang, graph } = ctx;
  if (!reading.frame.qualifiers.some((q) => q.slot === "use" && q.value === "production")) return null;
  const subject = reading.frame.asked.find((e) => RETIRED.has(lifecycleOf(e) ?? ""));
  const value = subject?.attributes.status;
  if (!subject || !value?.text) return null;
  const facts = bestFacts(
    ctx,
    value.facts.flatMap((id) => graph.fact(id) ?? []),
    2,
  );
  const label = graph.bundle.attributes.find((a) => a.key === "status")?.label[lang] ?? "status";
  return {
    verdict: "NO",
    parts: [
      fill(P.no, lang),
      fill(P.answerIs, lang, {
        subject: `${subject.name[lang]} · ${label}`,
        list: value.text[lang].replace(/[.。]$/, ""),
      }),
      ...facts.map((f) => f.text[lang]),
    ],
    entities: [subject],
    facts,
    consumed: ["use"],
  };
}
