import { hasHan, type KbEntity, type KbFact, type Neighbour, type RelationType } from "@dockerwin/kb";
import { fill, formatDate, listOf } from "../text/format.js";
import { P } from "../text/phrases.js";
import { lexiconOf } from "../read/Lexicon.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { FactIndex } from "./FactIndex.js";
import { bestFacts } from "./helpers.js";
import { factAnswer } from "./answerWhatIs.js";

// Relations read in the direction a "which" question looks: what X uses, includes, runs on.
const LOOK_OUT: ReadonlySet<RelationType> = new Set([
  "USES",
  "INCLUDES",
  "BASED_ON",
  "REQUIRES",
  "RUNS_ON",
  "MADE_BY",
  "SUCCEEDED_BY",
  "IMPLEMENTS",
  "SUPPORTS",
]);

/**
 * "Which hypervisor does Docker Toolbox use?", "What does Docker for Windows include?",
 * "boot2docker 支持哪些系统?": an attribute the question names, else the entity's neighbours of
 * the kind asked for along the relation the verb points at.
 */
export function answerWhich(ctx: AnswerContext): Draft | null {
  const { reading } = ctx;
  const open = reading.intent === "UNKNOWN" || reading.intent === "WHAT_IS";
  const namesAttribute = lexiconOf(ctx.graph).find(reading.normalized, "attribute").length > 0;
  const asksList =
    reading.intent === "LIST" || (open && (reading.relationHints.length > 0 || namesAttribute) && !isPlainWhatIs(ctx));
  if (!asksList || reading.entities.length === 0) return null;
  // The editions a relation's conditions name answer before anything else is weighed.
  const editions = editionsAnswer(ctx);
  if (editions) return editions;
  // A verb that names a relation ("include", "use") is answered by walking it; otherwise, with no
  // kind of thing asked for, a fact that matches closely says it better than a relation.
  const fact = factAnswer(ctx);
  // A fact that matches very closely ("the 2014 partnership included …") beats a walk.
  const strongFact = fact && ctx.facts.score(fact.facts[0]!, ctx.facts.weigh(reading)) >= STRONG_FACT ? fact : null;
  // "Which ports does it need?": a generic verb with no kind asked for is a question for a fact.
  const generic = reading.askedKind === null && reading.relationHints.every((h) => GENERIC_VERBS.has(h));
  let relation: Draft | null | undefined;
  const relationOnce = () => (relation === undefined ? (relation = relationAnswer(ctx)) : relation);
  const walk = reading.relationHints.length > 0 && !strongFact && !(generic && fact) ? relationOnce() : null;
  const preferFact = reading.askedKind === null ? fact : strongFact;
  // An attribute's value answers what the question names, unless a fact matches what it asks far
  // better ("Does running VirtualBox on top of Hyper-V cost performance?" is not asking a price).
  const attribute = attributeAnswer(ctx);
  const beatsAttribute = strongFact !== null && attribute !== null && outscores(ctx, strongFact, attribute);
  // "Which version…": a fact that states the version answers, before an attribute's value that
  // states none ("free for personal use" asks the release it began with) and before a walk.
  const version =
    fact && ctx.facts.asksVersion(reading) && fact.facts.some((f) => ctx.facts.statesVersion(f)) ? fact : null;
  const versionBeats = version !== null && (attribute === null || !FactIndex.statesVersion(attribute.parts[0] ?? ""));
  return (
    (versionBeats ? version : null) ??
    (beatsAttribute ? strongFact : attribute) ??
    (reading.intent === "LIST" ? membersAnswer(ctx) : null) ??
    strongFact ??
    walk ??
    preferFact ??
    relationOnce() ??
    fact
  );
}

/**
 * "Windows Container 可以用的 base image 有哪些？", "Which base images can Windows containers
 * use?": of two things named, the one that is part of the other and includes things of its own
 * is what the list is of; its members answer, not what the larger one uses.
 */
function membersAnswer(ctx: AnswerContext): Draft | null {
  const { reading, graph, lang } = ctx;
  const named = reading.entities;
  for (const part of named) {
    const whole = named.find(
      (o) =>
        o !== part && graph.neighbours(part.slug, { type: "PART_OF", direction: "out" }).some((n) => n.entity === o),
    );
    if (!whole) continue;
    const members = graph.neighbours(part.slug, { type: "INCLUDES", direction: "out" });
    if (members.length < 2) continue;
    const facts = bestFacts(
      ctx,
      [...new Set(members.flatMap((n) => n.relation.facts))].flatMap((id) => graph.fact(id) ?? []),
      2,
    );
    return {
      verdict: null,
      parts: [
        fill(P.answerIs, lang, {
          subject: part.name[lang],
          list: listOf(
            members.map((n) => n.entity.name[lang]),
            lang,
          ),
        }),
        ...facts.map((f) => f.text[lang]),
      ],
      entities: [part, ...members.map((n) => n.entity), whole],
      facts,
    };
  }
  return null;
}

/** A fact sharing this much rare vocabulary with the question answers it on its own. */
const STRONG_FACT = 8;

/** Whether a fact's answer matches the question at least twice as well as an attribute's facts. */
function outscores(ctx: AnswerContext, fact: Draft, attribute: Draft): boolean {
  const terms = ctx.facts.weigh(ctx.reading);
  const best = (d: Draft) => Math.max(0, ...d.facts.map((f) => ctx.facts.score(f, terms)));
  return !attribute.facts.includes(fact.facts[0]!) && best(fact) >= 2 * best(attribute);
}

const GENERIC_VERBS: ReadonlySet<RelationType> = new Set(["REQUIRES", "USES", "RUNS_ON"]);

/** "Which Windows 10 editions include Hyper-V?": the editions a relation's conditions name. */
function editionsAnswer(ctx: AnswerContext): Draft | null {
  const { reading, graph, lang } = ctx;
  if (lexiconOf(graph).find(reading.normalized, "marker", "editionsAsked").length === 0) return null;
  const os = reading.entities.find((e) => e.kind === "OS_VERSION" && e.editions.length > 0);
  const other = reading.entities.find((e) => e !== os);
  if (!os || !other) return null;
  const relation = graph
    .neighbours(os.slug)
    .map((n) => n.relation)
    .find(
      (r) =>
        (r.source === other.slug || r.target === other.slug) && r.type !== "DOES_NOT_SUPPORT" && r.conditions?.editions,
    );
  if (!relation?.conditions?.editions) return null;
  const names = relation.conditions.editions.map((id) => os.editions.find((e) => e.id === id)?.name[lang] ?? id);
  const facts = bestFacts(
    ctx,
    relation.facts.flatMap((id) => graph.fact(id) ?? []),
    2,
  );
  return {
    verdict: null,
    parts: [
      fill(P.answerIs, lang, { subject: `${other.name[lang]} · ${os.name[lang]}`, list: listOf(names, lang) }),
      ...facts.map((f) => f.text[lang]),
    ],
    entities: [other, os],
    facts,
  };
}

/**
 * "What is Hyper-V?", "什么是 WSL 2": the plain question for what a thing is (data/lexicon's
 * plainWhatIs marker), in English with a name of one or two words after it (an article first
 * aside), which no list or attribute answers.
 */
function isPlainWhatIs(ctx: AnswerContext): boolean {
  const q = ctx.reading.normalized;
  const hit = lexiconOf(ctx.graph).find(q, "marker", "plainWhatIs")[0];
  if (!hit) return false;
  if (hasHan(hit.cue)) return true;
  const rest = q.folded
    .slice(hit.at + hit.cue.length)
    .split(" ")
    .filter(Boolean);
  const words = rest.length > 1 && ctx.facts.terms.stopWords.has(rest[0]!) ? rest.slice(1) : rest;
  return words.length >= 1 && words.length <= 2;
}

/** A question for a value the knowledge base does not record: better said than guessed. */
export const UNKNOWN: Draft = { verdict: null, parts: [], entities: [], facts: [] };

function attributeAnswer(ctx: AnswerContext): Draft | null {
  const { reading, lang, graph } = ctx;
  // The first attribute data/lexicon lists whose cues the question holds.
  const key = lexiconOf(graph).find(reading.normalized, "attribute")[0]?.entry.value;
  if (!key) return null;
  const subject = reading.entities.find((e) => e.attributes[key]);
  const value = subject?.attributes[key];
  if (!subject || !value) return key === "latestRelease" ? UNKNOWN : null;
  const label = graph.bundle.attributes.find((a) => a.key === key)?.label[lang] ?? key;
  const text =
    value.text?.[lang] ?? value.refs?.map((s) => graph.entity(s)?.name[lang] ?? s).join(", ") ?? value.value ?? "";
  const facts = value.facts.flatMap((id) => graph.fact(id) ?? []);
  return {
    verdict: null,
    parts: [
      fill(P.answerIs, lang, { subject: `${subject.name[lang]} · ${label}`, list: text.replace(/[.。]$/, "") }),
      ...bestFacts(ctx, facts, 1).map((f) => f.text[lang]),
    ],
    entities: [subject, ...(value.refs ?? []).flatMap((s) => graph.entity(s) ?? [])],
    facts,
  };
}

function relationAnswer(ctx: AnswerContext): Draft | null {
  const { reading, graph, lang } = ctx;
  const kind = reading.askedKind;
  const hints = reading.relationHints;
  if (!kind && hints.length === 0) return null;
  // The subject is what the question is about, not an example of what it asks for.
  // The subject is what the question is about, not an example of what it asks for; the first
  // named entity that has what the question asks wins.
  // Concept words ("its Linux VM") are never the subject while something else is named.
  const named = reading.entities.filter((e) => !e.concept);
  const pool = named.length > 0 ? named : reading.entities;
  const candidates = [...pool.filter((e) => e.kind !== kind), ...pool.filter((e) => e.kind === kind)];
  const walk = (e: KbEntity) =>
    graph
      .neighbours(e.slug)
      .filter((n) => n.relation.type !== "DOES_NOT_SUPPORT" && n.relation.type !== "CONFLICTS_WITH")
      // A concept word ("a VM") names a kind of thing, not one thing of the kind asked for.
      .filter((n) => !kind || (n.entity.kind === kind && !n.entity.concept))
      .filter(
        (n) => hints.length === 0 || hints.includes(n.relation.type) || (n.direction === "in" && inverseHint(n, hints)),
      );
  const subject = candidates.find((e) => walk(e).length > 0) ?? candidates[0]!;
  let found = walk(subject);
  if (found.length === 0 && hints.length > 0 && kind) {
    found = graph
      .neighbours(subject.slug)
      .filter((n) => n.entity.kind === kind && n.relation.type !== "DOES_NOT_SUPPORT");
  }
  const others = reading.entities.filter((e) => e !== subject);
  // "Which Windows 10 update …": keep what belongs to the other entity named.
  const narrowed = found.filter((n) => others.some((o) => related(ctx, n.entity, o)));
  if (narrowed.length > 0) found = narrowed;
  if (found.length === 0) return null;
  found = rankNeighbours(found, hints);
  if (reading.first) {
    const dated = found.filter((n) => n.entity.since).sort((a, b) => a.entity.since!.localeCompare(b.entity.since!));
    if (dated.length > 0) found = [dated[0]!];
  }
  const items = [...new Set(found.map((n) => n.entity))].slice(0, 8);
  // What the relation's conditions say: the editions, and the first release ("1903, build 18362").
  const editionsOf = (e: KbEntity): string => {
    const c = found.find((n) => n.entity === e && n.relation.conditions)?.relation.conditions;
    if (!c) return "";
    const editions = c.editions?.map((id) => e.editions.find((x) => x.id === id)?.name[lang] ?? id).join(", ") ?? "";
    const release = c.minBuild ? e.releases.find((r) => r.build === c.minBuild) : undefined;
    const build = c.minBuild ? `${release ? `${release.version}, ` : ""}build ${c.minBuild}+` : "";
    return [editions, build].filter((x) => x !== "").join("; ");
  };
  // "Who makes VMware Workstation now?": a company asked for that another has since taken over is
  // named with its owner, so the answer holds today.
  const owners = kind === "COMPANY" ? items.map((e) => ownerOf(ctx, e)) : [];
  const described = items.map((e, i) => {
    const owner = owners[i];
    const notes = [
      e.since && (reading.first || kind === "OS_VERSION") ? formatDate(e.since, lang) : "",
      editionsOf(e),
      owner ? fill(P.ownedSince, lang, { owner: owner.entity.name[lang], date: formatDate(owner.since, lang) }) : "",
    ].filter((x) => x !== "");
    return notes.length > 0 ? `${e.name[lang]} (${notes.join("; ")})` : e.name[lang];
  });
  const facts: KbFact[] = bestFacts(
    ctx,
    [...new Set(found.flatMap((n) => n.relation.facts))].flatMap((id) => graph.fact(id) ?? []),
    2,
  );
  const taken = owners.flatMap((o) => o?.facts ?? []).filter((f) => !facts.includes(f));
  facts.splice(Math.max(0, facts.length - taken.length), taken.length, ...taken.slice(0, 2));
  return {
    verdict: null,
    parts: [
      fill(P.answerIs, lang, { subject: subject.name[lang], list: listOf(described, lang) }),
      ...facts.map((f) => f.text[lang]),
    ],
    entities: [subject, ...items],
    facts,
  };
}

/** The company that has owned a company since a date, with the facts that say so. */
function ownerOf(ctx: AnswerContext, company: KbEntity): { entity: KbEntity; since: string; facts: KbFact[] } | null {
  const n = ctx.graph
    .neighbours(company.slug, { type: "PART_OF", direction: "out" })
    .find((x) => x.entity.kind === "COMPANY" && x.relation.conditions?.from && !x.relation.conditions.until);
  if (!n) return null;
  const facts = n.relation.facts.flatMap((id) => ctx.graph.fact(id) ?? []);
  return { entity: n.entity, since: n.relation.conditions!.from!, facts };
}

function inverseHint(n: Neighbour, hints: readonly RelationType[]): boolean {
  // "Which OS supports X" reads "OS SUPPORTS X" from X's side.
  return hints.includes("RUNS_ON") && (n.relation.type === "SUPPORTS" || n.relation.type === "RUNS_ON");
}

function related(ctx: AnswerContext, a: KbEntity, b: KbEntity): boolean {
  return (
    a === b ||
    ctx.graph
      .neighbours(a.slug)
      .some((n) => n.entity === b && (n.relation.type === "VERSION_OF" || n.relation.type === "PART_OF"))
  );
}

function rankNeighbours(found: Neighbour[], hints: readonly RelationType[]): Neighbour[] {
  const rank = (n: Neighbour) => {
    const h = hints.indexOf(n.relation.type);
    return (h >= 0 ? h : hints.length) * 2 + (n.direction === "out" && LOOK_OUT.has(n.relation.type) ? 0 : 1);
  };
  return [...found].sort((a, b) => rank(a) - rank(b));
}
