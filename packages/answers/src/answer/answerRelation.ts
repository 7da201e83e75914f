import type { KbEntity, KbFact, KbRelation, KbSetup, RelationType } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill, formatDate, listOf } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import type { Slot } from "./Executor.js";
import { asksMinimum, notNeededSystem, otherWindows } from "./otherSystems.js";
import { setupContainers } from "./setupContainers.js";
import { askedNeeder } from "./askedNeeder.js";
import { normalize } from "../read/normalize.js";
import {
  absentEntity,
  askedPredicate,
  askedTogether,
  bestFacts,
  buildOf,
  editionAfterVerb,
  factsAbout,
  isWindows,
  lexiconOf,
  lifecycleOf,
  namesRequirement,
  outsideAfterVerb,
  verbObjects,
} from "./helpers.js";
import { asksInsideVm, vmNeeds } from "./vmNeeds.js";

const POSITIVE = new Set([
  "RUNS_ON",
  "SUPPORTS",
  "INCLUDES",
  "USES",
  "BASED_ON",
  "IMPLEMENTS",
  "REQUIRES",
  "PART_OF",
  "VERSION_OF",
]);
const NEGATIVE = new Set(["DOES_NOT_SUPPORT"]);

/**
 * Yes/no questions about two entities, settled by the relations between them and the
 * conditions they hold under: "Does Windows 7 support Hyper-V?", "Can Windows 10 Home run
 * Hyper-V?", "Can VirtualBox and Hyper-V run at the same time?".
 */
export function answerRelation(ctx: AnswerContext): Draft | null {
  const { reading, graph, lang } = ctx;
  if (reading.intent !== "YES_NO") return null;
  const together = askedTogether(ctx);
  const [first, second] = together ? (coexistingPair(ctx) ?? hintedPair(ctx)) : hintedPair(ctx);
  if (!first || !second) return null;
  const [a, b] = hostFirst(ctx, withParent(ctx, first, second), withParent(ctx, second, first));
  // "Docs say Server 2019 runs Linux containers with LCOW; can I still use LCOW now?": the pair
  // says nothing of a third thing named that has since been removed, which is what "still" asks.
  if (reading.still && reading.entities.some((e) => e !== a && e !== b && gone(e))) return null;
  const between = [...graph.neighbours(a.slug), ...graph.neighbours(b.slug)]
    .map((n) => n.relation)
    .filter((r, i, all) => all.indexOf(r) === i)
    .filter((r) => (r.source === a.slug && r.target === b.slug) || (r.source === b.slug && r.target === a.slug));
  // "Can a Server 2019 host run 2016 images?" reads from the first named to the second.
  const forward = between.filter((r) => r.source === a.slug);
  const relations = forward.length > 0 && a.kind === "OS_VERSION" && b.kind === "OS_VERSION" ? forward : between;
  // "Does WSL 2 need Hyper-V?": what needs only a part of the other (the Virtual Machine
  // Platform, a part of Hyper-V) and not the whole of it does not need it.
  const partOnly =
    namesRequirement(ctx) && !relations.some((r) => r.type === "REQUIRES") && onlyPair(ctx, a, b)
      ? (neededPart(ctx, a, b) ?? neededPart(ctx, b, a))
      : null;
  if (partOnly) return partOnly;
  if (relations.length === 0) return closedWorld(ctx, a, b);

  const edition = reading.edition;
  const side = relations.filter((r) => r.type === "CONFLICTS_WITH" || r.type === "COEXISTS_WITH");
  if (together && side.length > 0) return allTogether(ctx, a, b, coexistence(ctx, a, b, side));
  // "Does WSL 2 work with VirtualBox?": where the two are linked only by whether they run side by
  // side, that is what asking whether one works with the other asks; not whether one uses, is
  // based on or is faster than the other.
  const works = reading.frame.predicate?.id === "run" && reading.relationHints.length === 0;
  if (side.length > 0 && side.length === relations.length && works && !namesRequirement(ctx))
    return allTogether(ctx, a, b, coexistence(ctx, a, b, side));

  const build = reading.build ?? buildOf([a, b]);
  const applies = (r: KbRelation) =>
    (!r.conditions?.editions || (edition !== null && r.conditions.editions.includes(edition))) &&
    (!r.conditions?.minBuild || build === null || build >= r.conditions.minBuild);
  // A known build below a relation's minimum is a plain no ("WSL 2 on Windows 10 1809?").
  const tooOld = relations.find((r) => r.conditions?.minBuild && build !== null && build < r.conditions.minBuild);
  const negative = relations.find((r) => NEGATIVE.has(r.type) && applies(r));
  const anyPositive = relations.filter((r) => POSITIVE.has(r.type));
  // Asked about an edition, the relation that names editions is the one that knows.
  const byEdition = edition !== null ? anyPositive.filter((r) => r.conditions?.editions) : [];
  const positive = byEdition.length > 0 ? byEdition : anyPositive;
  let verdict: Verdict | null;
  let chosen: KbRelation[];
  const parts: string[] = [];
  if (negative) {
    verdict = "NO";
    chosen = [negative];
  } else if (tooOld && !positive.some(applies)) {
    verdict = "NO";
    chosen = [tooOld];
  } else if (reading.still && (positive.some((r) => r.conditions?.until) || removedFrom(a, b) || gone(a) || gone(b))) {
    // "Does Docker Desktop still bundle Docker Machine?": not since the relation ended.
    // "Does Docker Engine still support LCOW?": nor where one of the two has been removed.
    verdict = "NO";
    const ended = positive.filter((r) => r.conditions?.until);
    chosen = ended.length > 0 ? ended : positive;
  } else if (positive.some(applies)) {
    const plain = (r: KbRelation) => applies(r) && !r.conditions?.until && (!r.conditions?.minBuild || build !== null);
    // "Does Docker Desktop support LCOW?": it did, but one of the two has since been removed.
    verdict = positive.some(plain) && !removedFrom(a, b) ? "YES" : "PARTLY";
    chosen = positive.filter(applies);
  } else if (positive.length > 0 && edition === null) {
    verdict = "PARTLY";
    chosen = positive;
  } else if (positive.length > 0) {
    verdict = "NO";
    chosen = positive;
  } else {
    // Linked only by whether they run side by side, which is not what was asked: no other link
    // is known, but neither is it absent.
    return side.length > 0 ? null : closedWorld(ctx, a, b);
  }
  // "Does WSL 2 need Docker Desktop?" is not answered by Docker Desktop's need (or use) of WSL 2:
  // those relations run from the one asked of to the one that was asked to need it. Who needs
  // whom is read only where every relation chosen is a need or a use.
  const needsOrUses = chosen.length > 0 && chosen.every((r) => r.type === "REQUIRES" || r.type === "USES");
  const asker =
    needsOrUses && namesRequirement(ctx) ? askedNeeder(graph, lexiconOf(graph), reading.question, a, b) : null;
  if (asker && chosen.every((r) => r.source !== asker.slug)) return null;
  // "Does Docker Desktop need Hyper-V when I use WSL 2?": a third thing named that the first
  // also needs is the other way, so the second is needed only without it.
  // The one that needs is the relations' source, whichever was named first ("Do I need Hyper-V
  // to use Docker Desktop with WSL 2?").
  const [thirdOf, neededOne] = chosen.length > 0 && chosen.every((r) => r.source === b.slug) ? [b, a] : [a, b];
  const other = reading.entities.find(
    (e) =>
      e !== a &&
      e !== b &&
      graph
        .neighbours(thirdOf.slug, { direction: "out" })
        .some((n) => n.entity === e && chosen.some((r) => r.type === n.relation.type)),
  );
  if (other && verdict === "YES" && chosen.every((r) => r.type === "REQUIRES" || r.type === "USES")) {
    verdict = "PARTLY";
    parts.push(
      fill(P.partly, lang),
      fill(P.notWith, lang, { a: thirdOf.name[lang], b: neededOne.name[lang], c: other.name[lang] }),
    );
  } else parts.push(fill(verdict === "YES" ? P.yes : verdict === "NO" ? P.no : P.partly, lang));
  // "Can a 2022 host run 2019 images with process isolation?": where a host runs an image only
  // under a condition in words ("only with Hyper-V isolation"), a kind of container the question
  // names that those words do not name may be the very one they rule out.
  const notes = chosen.flatMap((r) => (r.conditions?.note ? [r.conditions.note.en.toLowerCase()] : []));
  const restricts = (n: string) => lexiconOf(ctx.graph).find(normalize(n), "qualifier", "exclusive").length > 0;
  const unnamedCondition =
    verdict === "YES" &&
    a.kind === "OS_VERSION" &&
    b.kind === "OS_VERSION" &&
    notes.length === chosen.length &&
    notes.every(restricts) &&
    reading.entities.some(
      (c) =>
        c.kind === "CONTAINER_TYPE" &&
        !notes.some((n) => [c.name.en.replace(/\s*\(.*\)/, ""), ...c.aliases].some((x) => n.includes(x.toLowerCase()))),
    );
  // "Can a 1909 host run ltsc2019 images with process isolation?": a relation between the host
  // and the isolation mode says nothing of the second system named, whose build decides.
  const kin = (x: KbEntity, y: KbEntity) =>
    x === y ||
    ctx.graph.neighbours(x.slug, { type: "VERSION_OF" }).some((n) => n.entity === y) ||
    ctx.graph.neighbours(y.slug, { type: "VERSION_OF" }).some((n) => n.entity === x);
  const modeOnly = [a, b].some((e) => e.kind === "CONTAINER_TYPE") && [a, b].some((e) => e.kind === "OS_VERSION");
  const secondSystem =
    modeOnly &&
    verdict !== "NO" &&
    reading.entities.some(
      (e) =>
        e.kind === "OS_VERSION" &&
        !kin(e, a) &&
        !kin(e, b) &&
        e.releases.length + Number(e.attributes.build?.value ?? 0) > 0,
    );
  if (unnamedCondition || secondSystem) {
    verdict = null;
    parts.splice(0, parts.length, fill(P.cannotSettle, lang));
  }
  // "Can Docker Toolbox run on Windows 10 with Hyper-V?": a third thing named that the graph
  // says one of the two does not work with may be the condition asked about; a yes would
  // ignore it.
  const against = reading.entities.some(
    (c) =>
      c !== a &&
      c !== b &&
      [a, b].some((x) =>
        graph.neighbours(x.slug).some(
          (n) =>
            n.entity === c &&
            // From one of the two: "a 2022 host runs no 2025 images" says nothing of what 2025 runs.
            (n.relation.type === "CONFLICTS_WITH" ||
              (n.relation.type === "DOES_NOT_SUPPORT" && n.relation.source === x.slug)) &&
            unconditional(n.relation),
        ),
      ),
  );
  if (against && verdict !== "NO") {
    verdict = null;
    parts.splice(0, parts.length, fill(P.cannotSettle, lang));
  }
  // "Can Docker Desktop's Hyper-V backend use the GPU?": the verb asks about what follows it; a
  // relation between the two named before it (Docker Desktop uses Hyper-V) does not answer that.
  // Where the two name a setup ("Docker Desktop with the Hyper-V backend"), the kinds of
  // container it runs settle a kind asked of it.
  const objects = verbObjects(ctx);
  // "Does Docker Desktop's Hyper-V backend need Windows Pro?": asked what edition it needs,
  // whether one of the two needs the other does not answer.
  const editionLeft = objects.length === 0 && namesRequirement(ctx) && editionAfterVerb(ctx);
  const ours = (o: KbEntity) => o === other || [a, b, first, second].some((x) => kin(o, x));
  // "Does Docker Desktop need a Linux distribution installed in WSL 2?": what is needed is the
  // first thing after the verb; one of the two named after it is where, not what.
  // "是不是得先在 WSL 里装一个 Ubuntu 发行版，Docker Desktop 才能用？": what is needed is a thing with
  // no entity of its own; whether one of the two needs the other says nothing of it.
  const needLeft = namesRequirement(ctx) && ((objects[0] !== undefined && !ours(objects[0])) || outsideAfterVerb(ctx));
  const objectLeft = editionLeft || needLeft || (objects.length > 0 && !objects.some(ours));
  if (objectLeft) {
    const bySetup = objects.length === 1 ? setupContainers(ctx, a, b, objects[0]!) : null;
    if (bySetup) return bySetup;
    verdict = null;
    parts.splice(0, parts.length, fill(P.cannotSettle, lang));
  }
  // "Can Docker Desktop run Windows containers on Education?": an edition asked, and relations
  // whose conditions are only a note ("only on Pro or Enterprise"), which no edition list backs.
  const noteOnly = chosen.every((r) => !r.conditions?.editions) && chosen.some((r) => r.conditions?.note);
  if (edition !== null && verdict === "YES" && noteOnly) {
    verdict = null;
    parts.splice(0, parts.length, fill(P.cannotSettle, lang));
  }
  // "Does Docker Desktop need Hyper-V?": where one setup of data/setups runs the first with the
  // second and another runs it without, what the graph says it needs in some setups it does not
  // need. Asked of a third thing as well ("…for Windows containers?"), that thing may be what
  // needs it: no verdict from here.
  // Either way round: "Do I need Hyper-V for Docker Desktop?" asks what Docker Desktop needs.
  const requirement = relations.find((r) => r.type === "REQUIRES");
  const [needer, need] = requirement?.source === b.slug ? [b, a] : [a, b];
  const branches =
    askedPredicate(ctx) === "require" && requirement && onlyPair(ctx, a, b) ? setupBranches(ctx, needer, need) : null;
  if (branches && !objectLeft) {
    const own = relationFacts(ctx, chosen, [a, b]);
    return {
      verdict: "NO",
      parts: [
        fill(P.noNeed, lang),
        fill(P.needOnlyIn, lang, {
          a: needer.name[lang],
          b: need.name[lang],
          with: branches.with.name[lang],
          without: branches.without.name[lang],
        }),
        ...own.map((f) => f.text[lang]),
      ],
      entities: [a, b],
      facts: own,
    };
  }
  // "Does WSL 2 need Hyper-V?": using a thing is not needing it; only a REQUIRES relation settles
  // a question whose predicate is a requirement. Nor does using settle one that speaks of a
  // requirement after a verb of running ("跑 WSL2 必须先开 Hyper-V 吗？"), while what something
  // supports may well need a third thing ("run applications that need IIS").
  const usedOnly = namesRequirement(ctx) && chosen.every((r) => r.type === "USES");
  // "Does WSL 2 require Windows 11?": running on a system is not needing it. Where it runs on
  // other Windows systems too, it needs none of them; otherwise running settles nothing asked.
  const system = [a, b].find(isWindows);
  const thing = system === a ? b : a;
  if (
    askedPredicate(ctx) === "require" &&
    system &&
    !isWindows(thing) &&
    reading.frame.asked.includes(system) &&
    verdict !== null &&
    verdict !== "NO" &&
    !chosen.some((r) => r.type === "REQUIRES") &&
    !objectLeft
  ) {
    const runsOn = (other: KbEntity) =>
      graph
        .neighbours(thing.slug, { type: "RUNS_ON", direction: "out" })
        .filter((n) => !n.relation.conditions?.until && (n.entity === other || kin(n.entity, other)));
    const others =
      edition === null && build === null && !asksMinimum(ctx)
        ? otherWindows(ctx, system, (other) => runsOn(other).length > 0)
        : [];
    if (others.length > 0)
      return notNeededSystem(
        ctx,
        thing,
        system,
        others,
        others.flatMap((o) => runsOn(o).flatMap((n) => n.relation.facts)).flatMap((id) => graph.fact(id) ?? []),
      );
    verdict = null;
    parts.splice(0, parts.length, fill(P.cannotSettle, lang));
  }
  if (
    (askedPredicate(ctx) === "require" || usedOnly) &&
    verdict === "YES" &&
    !chosen.some((r) => r.type === "REQUIRES")
  ) {
    verdict = null;
    parts.splice(0, parts.length, fill(P.cannotSettle, lang));
  }
  const facts = relationFacts(ctx, chosen, [a, b]);
  parts.push(...facts.map((f) => f.text[lang]));
  // "Only on these editions" names where it does hold: the positive relation's editions.
  const editions = positive.find((r) => r.conditions?.editions)?.conditions?.editions;
  const os = [a, b].find((e) => e.editions.length > 0);
  if (editions && os && verdict !== "YES") {
    const names = editions.map((id) => os.editions.find((e) => e.id === id)?.name[lang] ?? id);
    parts.push(fill(P.onlyEditions, lang, { list: listOf(names, lang) }));
    const asked = os.editions.find((e) => e.id === edition);
    if (asked && !editions.includes(asked.id)) parts.push(fill(P.notEdition, lang, { edition: asked.name[lang] }));
  }
  for (const r of chosen) if (r.conditions?.note) parts.push(r.conditions.note[lang]);
  // "Can Docker for Windows run on VirtualBox instead of Hyper-V?", "…不用 Hyper-V、只用
  // VirtualBox？": where the two do not work together at all, no is the answer whatever the
  // question does without (so long as that is neither of them) and even if it asks for only that.
  const absent = absentEntity(ctx);
  const plainNo = verdict === "NO" && chosen.every((r) => NEGATIVE.has(r.type) && unconditional(r));
  const consumed: Slot[] = plainNo && absent !== a && absent !== b ? ["absence", "alternative", "exclusive"] : [];
  // "Does LCOW work without Hyper-V?": what needs the other everywhere, with no condition at
  // all, does not work without it.
  const needs = (x: KbEntity, y: KbEntity) =>
    relations.some((r) => r.type === "REQUIRES" && r.source === x.slug && r.target === y.slug && r.conditions === null);
  const needed = absent === b && needs(a, b) ? b : absent === a && needs(b, a) ? a : null;
  if (needed && !together) {
    const without = relations.filter((r) => r.type === "REQUIRES" && r.target === needed.slug);
    const own = relationFacts(ctx, without, [a, b]);
    return {
      verdict: "NO",
      parts: [fill(P.no, lang), ...own.map((f) => f.text[lang])],
      entities: [a, b],
      facts: own,
      consumed: ["absence"],
    };
  }
  // "Can I use Hyper-V isolation inside a Windows Server VM?": a yes inside a VM holds only as
  // far as what the two need there allows (nested virtualization): partly, saying what. A third
  // thing named (VirtualBox under the VM) may be what decides it: no verdict from here.
  const inVm =
    verdict === "YES" && asksInsideVm(ctx) && onlyPair(ctx, a, b) ? vmNeeds(ctx, [a.slug, b.slug], chosen) : [];
  if (inVm.length > 0)
    return {
      verdict: "PARTLY",
      parts: [...new Set([fill(P.partly, lang), ...inVm, ...parts.filter((p) => p !== fill(P.yes, lang))])],
      entities: [a, b],
      facts,
      consumed: [...consumed, "host"],
    };
  return { verdict, parts: [...new Set(parts)], entities: [a, b], facts, consumed };
}

/**
 * Where the first needs a part of the second (it REQUIRES something PART_OF it) and not the
 * second itself: a no, naming the part.
 */
function neededPart(ctx: AnswerContext, needer: KbEntity, whole: KbEntity): Draft | null {
  const { graph, lang } = ctx;
  const own = graph.neighbours(needer.slug, { type: "REQUIRES", direction: "out" });
  if (own.some((n) => n.entity === whole)) return null;
  const part = own.find((n) =>
    graph.neighbours(n.entity.slug, { type: "PART_OF", direction: "out" }).some((m) => m.entity === whole),
  );
  if (!part) return null;
  const of = graph
    .neighbours(part.entity.slug, { type: "PART_OF", direction: "out" })
    .find((m) => m.entity === whole)!.relation;
  const facts = relationFacts(ctx, [part.relation, of], [needer, whole]);
  return {
    verdict: "NO",
    parts: [
      fill(P.noNeed, lang),
      fill(P.needOnlyPart, lang, { a: needer.name[lang], b: whole.name[lang], part: part.entity.name[lang] }),
      ...facts.map((f) => f.text[lang]),
      ...(of.conditions?.note ? [of.conditions.note[lang]] : []),
    ],
    entities: [needer, whole, part.entity],
    facts,
  };
}

/** Whether the question names nothing but the two (a company or a concept aside). */
function onlyPair(ctx: AnswerContext, a: KbEntity, b: KbEntity): boolean {
  return ctx.reading.entities.every((e) => e === a || e === b || e.kind === "COMPANY" || e.concept);
}

/** A setup that uses the first with the second and one that uses the first without it. */
function setupBranches(ctx: AnswerContext, a: KbEntity, b: KbEntity): { with: KbSetup; without: KbSetup } | null {
  const of = (s: KbSetup) => s.uses.includes(a.slug) || s.containers.includes(a.slug);
  const setups = ctx.graph.bundle.setups.filter(of);
  const withIt = setups.find((s) => s.uses.includes(b.slug));
  const without = setups.find((s) => !s.uses.includes(b.slug) && !s.containers.includes(b.slug));
  return withIt && without ? { with: withIt, without } : null;
}

/**
 * Whether the entity's typed lifecycle says it has been removed, from the product asked with it:
 * LCOW is gone from Docker Engine. A product retired with its OS (Windows Virtual PC) still ran on
 * that OS, so an OS on the other side keeps the relation as it was.
 */
function removedFrom(a: KbEntity, b: KbEntity): boolean {
  return a.kind !== "OS_VERSION" && b.kind !== "OS_VERSION" && (gone(a) || gone(b));
}

/** Whether the entity's typed lifecycle says it has been removed: asked whether it still works, no. */
const gone = (e: KbEntity) => lifecycleOf(e) === "removed";

/** A relation that holds everywhere: no edition, build, architecture or date limits it. */
const unconditional = (r: KbRelation) =>
  !r.conditions ||
  (!r.conditions.editions && !r.conditions.minBuild && !r.conditions.arch && !r.conditions.from && !r.conditions.until);

const VERDICT_LEAD = [P.yes, P.no, P.partly];

/**
 * "Can WSL 2 run alongside VMware and VirtualBox?": one thing asked with several, each pair
 * settled on its own; where they differ (VMware yes, VirtualBox no) the answer is partly, with
 * each pair's reasons. The first pair's answer stands where all agree.
 */
function allTogether(ctx: AnswerContext, a: KbEntity, b: KbEntity, first: Draft): Draft {
  const { lang } = ctx;
  const drafts = [first];
  // A maker named beside products ("WSL 2 and VMware") stands for what it makes; the maker of
  // one of the two ("Does Microsoft support VirtualBox with WSL 2?") is who is asked.
  const makes = (c: KbEntity, x: KbEntity) =>
    ctx.graph.neighbours(x.slug, { type: "MADE_BY" }).some((n) => n.entity === c);
  const products = (c: KbEntity) =>
    c.kind !== "COMPANY"
      ? [c]
      : makes(c, a) || makes(c, b)
        ? []
        : ctx.graph
            .neighbours(c.slug, { type: "MADE_BY" })
            .filter((n) => n.relation.target === c.slug)
            .map((n) => n.entity);
  for (const c of ctx.reading.entities.flatMap(products)) {
    if (c === a || c === b || c.concept) continue;
    for (const x of [a, b]) {
      const between = ctx.graph
        .neighbours(x.slug)
        .filter((n) => n.entity === c && (n.relation.type === "COEXISTS_WITH" || n.relation.type === "CONFLICTS_WITH"))
        .map((n) => n.relation);
      if (between.length > 0) drafts.push(coexistence(ctx, x, c, between));
    }
  }
  if (drafts.every((d) => d.verdict === first.verdict)) return first;
  const leads = new Set(VERDICT_LEAD.map((t) => fill(t, lang)));
  return {
    verdict: "PARTLY",
    parts: [...new Set([fill(P.partly, lang), ...drafts.flatMap((d) => d.parts.filter((p) => !leads.has(p)))])],
    entities: [...new Set(drafts.flatMap((d) => d.entities))],
    facts: [...new Set(drafts.flatMap((d) => d.facts))],
  };
}

/** For "at the same time": the two named entities that the graph says coexist or conflict. */
function coexistingPair(ctx: AnswerContext): [KbEntity, KbEntity] | null {
  const list = ctx.reading.entities;
  for (const a of list) {
    for (const n of ctx.graph.neighbours(a.slug)) {
      if ((n.relation.type === "COEXISTS_WITH" || n.relation.type === "CONFLICTS_WITH") && list.includes(n.entity)) {
        return [a, n.entity];
      }
    }
  }
  return null;
}

/**
 * A version entity ("Windows 10 version 1809") stands for its parent OS when only the parent is
 * related to the other entity; its build then decides.
 */
function withParent(ctx: AnswerContext, e: KbEntity, other: KbEntity): KbEntity {
  const linked = (x: KbEntity) => ctx.graph.neighbours(x.slug).some((n) => n.entity === other);
  if (linked(e)) return e;
  const parent = ctx.graph.neighbours(e.slug, { type: "VERSION_OF", direction: "out" })[0]?.entity;
  return parent && linked(parent) ? parent : e;
}

/** "Will a 2022 image run on a 2019 host?": the entity named as the host comes first. */
function hostFirst(ctx: AnswerContext, a: KbEntity, b: KbEntity): [KbEntity, KbEntity] {
  const q = ctx.reading.normalized.folded;
  const year = (e: KbEntity) => /\d{4}/.exec(e.name.en)?.[0];
  const isHost = (e: KbEntity) => {
    const y = year(e);
    return y !== undefined && new RegExp(`${y}( [a-z]+)? (host|主机|宿主)|${y}\\s*的?\\s*(主机|宿主)`).test(q);
  };
  return isHost(b) && !isHost(a) ? [b, a] : [a, b];
}

/**
 * The two entities a yes/no question is about: the first pair the question's verb links
 * ("Does Hyper-V on Windows 10 require SLAT?" asks about Hyper-V and SLAT), else the first two.
 */
function hintedPair(ctx: AnswerContext): [KbEntity | undefined, KbEntity | undefined] {
  // What the question does without ("instead of Hyper-V") is not one of the two it asks about.
  // Only where the asking sentence names two others: "Does LCOW work without Hyper-V?" asks of
  // LCOW and Hyper-V.
  const absent = absentEntity(ctx);
  const present = ctx.reading.entities.filter((e) => e !== absent);
  const askedPresent = ctx.reading.frame.asked.filter((e) => e !== absent && !e.concept && e.kind !== "COMPANY");
  // "I am running docker on my Windows Server 2019 … can WSL 2 be available for Windows Server
  // 2019?": in a message that tells a story, where the asking sentence names one thing and the
  // system it is asked of, those two are what it asks about; what only the story names is its
  // background. Only then: a sentence naming two products may ask of a third the story names
  // ("…containerize our WebForms app: can it run in Docker for Windows' Linux containers?").
  // So is one thing and the general kind of place it is asked about ("…是不是虚拟机里不能跑
  // Docker Desktop？" after a story of VirtualBox and Windows 10), where no pronoun points back
  // into the story.
  const askedWithKind = ctx.reading.frame.asked.filter((e) => e !== absent && e.kind !== "COMPANY");
  const inKind =
    askedWithKind.length === 2 && askedWithKind.filter((e) => e.concept).length === 1 && !ctx.reading.frame.pointsBack;
  const story =
    ctx.reading.frame.context &&
    ((askedPresent.length === 2 &&
      askedPresent.every((e) => ctx.reading.entities.includes(e)) &&
      askedPresent.filter((e) => e.kind === "OS_VERSION").length === 1) ||
      inKind);
  const entities = story
    ? ctx.reading.entities.filter((e) => (inKind ? askedWithKind : askedPresent).includes(e))
    : absent && askedPresent.length >= 2 && present.length >= 2
      ? present
      : ctx.reading.entities;
  const list = entities.filter((e) => e.kind !== "COMPANY").slice(0, 3);
  const hints: readonly RelationType[] = ctx.reading.relationHints.filter((h) => h !== "RUNS_ON");
  // Two systems and an isolation mode: whether the host runs the image in it, whatever the verb.
  const systems = list.filter((e) => e.kind === "OS_VERSION");
  if (systems.length === 2 && list.every((e) => e.kind === "OS_VERSION" || e.kind === "CONTAINER_TYPE" || e.concept))
    return [systems[0], systems[1]];
  // The pair the verb links must include what the question is about: its first-named thing.
  for (let i = 0; i < Math.min(1, list.length) && hints.length > 0; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (ctx.graph.neighbours(a.slug).some((n) => n.entity === b && hints.includes(n.relation.type))) return [a, b];
    }
  }
  const [a, b] = pair(entities);
  // "docker-machine 能在 Windows 10 的 Hyper-V 上用吗？": where the first two share no relation,
  // the first-named thing goes with the next one it has a relation that settles with, both
  // named where the question asks.
  const linked = (x: KbEntity, y: KbEntity) =>
    ctx.graph
      .neighbours(x.slug)
      .some((n) => n.entity === y && (POSITIVE.has(n.relation.type) || NEGATIVE.has(n.relation.type)));
  const asked = ctx.reading.frame.asked;
  if (a && b && !linked(a, b) && asked.includes(a)) {
    const other = list.find((e) => e !== a && asked.includes(e) && linked(a, e) && !e.concept);
    if (other) return [a, other];
  }
  return [a, b];
}

/** The two entities a yes/no question is about: the first two, but an OS goes second. */
function pair(entities: readonly KbEntity[]): [KbEntity | undefined, KbEntity | undefined] {
  const list = entities.filter((e) => e.kind !== "COMPANY").slice(0, 3);
  // "Windows 10 LTSC 2019 (1809) 可以用 WSL 2 嗎？": one thing and the OSes it is asked of; the
  // thing goes with the first OS, not one OS with another.
  // That is so only where the OSes name one release twice (Windows 10 LTSC 2019 and Server 2019
  // are build 17763); two different systems ask about each other ("a 2019 host, 2016 images").
  const things = list.filter((e) => e.kind !== "OS_VERSION" && !e.concept);
  const systems = list.filter((e) => e.kind === "OS_VERSION");
  if (things.length === 1 && systems.length === 2 && sameRelease(systems[0]!, systems[1]!))
    return [things[0], systems[0]];
  // "Can Windows Server 2019 run 2022 container images?": two systems and nothing but a concept
  // (containers, images) ask about each other, whatever comes between them.
  if (things.length === 0 && systems.length === 2) return [systems[0], systems[1]];
  // "Can a 2022 host run 2019 images with process isolation?": an isolation mode or container
  // kind beside two systems is the condition the host runs the image under.
  if (systems.length === 2 && things.every((t) => t.kind === "CONTAINER_TYPE")) return [systems[0], systems[1]];
  return [list[0], list[1]];
}

/** The builds an OS entity stands for: its own, or those of its releases. */
function buildsOf(e: KbEntity): number[] {
  const own = buildOf([e]);
  return own !== null ? [own] : e.releases.map((r) => r.build);
}

function sameRelease(a: KbEntity, b: KbEntity): boolean {
  const mine = buildsOf(a);
  return (
    mine.length > 0 &&
    buildsOf(b).some((x) => mine.includes(x)) &&
    (buildsOf(a).length === 1 || buildsOf(b).length === 1)
  );
}

function relationFacts(ctx: AnswerContext, relations: readonly KbRelation[], about: KbEntity[]): KbFact[] {
  const own = relations.flatMap((r) => r.facts).flatMap((id) => ctx.graph.fact(id) ?? []);
  const pool =
    own.length > 0 ? own : factsAbout(ctx, about).filter((f) => about.every((e) => f.entities.includes(e.slug)));
  return bestFacts(ctx, [...new Set(pool)], 2);
}

/**
 * "Can X and Y run at the same time?": yes where they coexist (under the conditions given),
 * no where they conflict, partly where a conflict ended on a date.
 */
function coexistence(ctx: AnswerContext, a: KbEntity, b: KbEntity, relations: KbRelation[]): Draft {
  const { lang } = ctx;
  const coexists = relations.filter((r) => r.type === "COEXISTS_WITH");
  const until = relations
    .map((r) => (r.type === "CONFLICTS_WITH" ? r.conditions?.until : undefined))
    .find((u): u is string => !!u);
  const conditional = coexists.some((r) => r.conditions !== null);
  const verdict: Verdict = coexists.length > 0 ? (conditional || until ? "PARTLY" : "YES") : until ? "PARTLY" : "NO";
  const facts = relationFacts(ctx, coexists.length > 0 ? coexists : relations, [a, b]);
  const parts = [
    fill(verdict === "YES" ? P.yes : verdict === "NO" ? P.no : P.partly, lang),
    ...facts.map((f) => f.text[lang]),
  ];
  for (const r of coexists) if (r.conditions?.note) parts.push(r.conditions.note[lang]);
  if (until) parts.push(fill(P.untilConflict, lang, { date: formatDate(until, lang) }));
  return { verdict, parts: [...new Set(parts)], entities: [a, b], facts };
}

const WORKS_WITH = new Set(["USES", "REQUIRES", "RUNS_ON", "SUPPORTS", "BASED_ON", "INCLUDES"]);

/**
 * No relation joins the two, but the first works with something else of the second's kind:
 * "Does Docker Toolbox need Hyper-V?" — it uses VirtualBox. The graph's silence is no "no" (a
 * DOES_NOT_SUPPORT relation or a setup rule says that), so this names what it works with and
 * gives no verdict.
 */
function closedWorld(ctx: AnswerContext, a: KbEntity, b: KbEntity): Draft | null {
  const { graph, lang } = ctx;
  for (const [subject, object] of [
    [a, b],
    [b, a],
  ] as const) {
    const instead = graph
      .neighbours(subject.slug)
      .filter((n) => WORKS_WITH.has(n.relation.type) && n.entity.kind === object.kind && n.entity !== object);
    // A kind of thing ("containers", "a VM") is no one thing that others could stand in for, and
    // what it works with says nothing of one thing ("Is WSL 1 a lightweight VM?").
    if (instead.length === 0 || object.kind === "OS_VERSION" || object.kind === "COMPANY") continue;
    if (object.concept || subject.concept) continue;
    const facts = bestFacts(
      ctx,
      instead.flatMap((n) => n.relation.facts).flatMap((id) => graph.fact(id) ?? []),
      2,
    );
    const names = [...new Set(instead.map((n) => n.entity.name[lang]))];
    // No relation says the first does not work with the second, so there is no "no" to give:
    // only what it does work with.
    return {
      verdict: null,
      parts: [
        fill(P.unknownRelation, lang, { a: subject.name[lang], b: object.name[lang] }),
        fill(P.worksWith, lang, { subject: subject.name[lang], list: listOf(names, lang) }),
        ...facts.map((f) => f.text[lang]),
      ],
      entities: [a, b, ...instead.map((n) => n.entity)],
      facts,
    };
  }
  return null;
}
