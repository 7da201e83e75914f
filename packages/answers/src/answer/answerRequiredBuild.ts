import type { KbEntity, KbRelation } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill, listOf } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { osAndBuild } from "./helpers.js";

/** One system's lowest build for the subject, on one architecture (null: any). */
interface Floor {
  os: KbEntity;
  build: number;
  arch: string | null;
  relations: KbRelation[];
}

/**
 * "Does WSL 2 need build 18917?", "WSL 2 需要 18362 以上吗？": the build asked about, compared with
 * the lowest build the graph's relations give the subject on each system (its RUNS_ON relations,
 * and the systems' SUPPORTS relations to it). Yes where the build asked is that floor on every
 * architecture the data names, no where it is none of them; where it is one of several, or the
 * relations of one system and architecture give different floors (a requirement that changed
 * over time), the floors are told with no verdict, or nothing is said.
 */
export function answerRequiredBuild(ctx: AnswerContext): Draft | null {
  const { reading, graph, lang } = ctx;
  if (reading.intent !== "YES_NO" || reading.frame.predicate?.id !== "require" || reading.build === null) return null;
  const asked = reading.build;
  // What is asked about is the one thing named that is no system: "Does WSL 2 need Hyper-V on
  // 19041?" asks of Hyper-V, not of a build.
  // In a message that tells a story, the sentence that asks names it.
  const things = reading.frame.asked.filter((e) => !e.concept && e.kind !== "OS_VERSION");
  const subject = things[0];
  if (!subject || things.length > 1) return null;
  const systems = reading.entities.filter((e) => e.kind === "OS_VERSION").map((e) => osAndBuild(ctx, e).os);
  const floors = floorsOf(ctx, subject).filter((f) => systems.length === 0 || systems.includes(f.os));
  if (floors.length === 0) return null;
  const meets = floors.filter((f) => f.build === asked);
  const verdict: Verdict | null = meets.length === floors.length ? "YES" : meets.length === 0 ? "NO" : null;
  const list = floors.map((f) => {
    const release = f.os.releases.find((r) => r.build === f.build);
    return fill(P.buildFloor, lang, {
      os: f.os.name[lang],
      build: String(f.build),
      version: release ? fill(P.releaseVersion, lang, { version: release.version }) : "",
      arch: f.arch ? fill(P.onArch, lang, { arch: f.arch }) : "",
    });
  });
  // The name without the words it spells out ("WSL 2", not "WSL 2 (Windows Subsystem for Linux 2)").
  const name = subject.name[lang].replace(/\s*[(（][^)）]*[)）]\s*$/, "");
  const needs = fill(P.needsBuild, lang, { subject: name, list: listOf(list, lang) });
  const notes = floors.flatMap((f) =>
    f.relations.flatMap((r) => (r.conditions?.note ? [r.conditions.note[lang]] : [])),
  );
  const facts = [
    ...new Set(floors.flatMap((f) => f.relations.flatMap((r) => r.facts.flatMap((id) => graph.fact(id) ?? [])))),
  ];
  const lead = verdict === "YES" ? P.yesIs : verdict === "NO" ? P.noIs : P.cannotSettle;
  return {
    verdict,
    parts: [fill(lead, lang), needs, ...new Set(notes)].filter((p) => p.length > 0),
    entities: [subject, ...new Set(floors.map((f) => f.os))],
    facts,
    consumed: ["build", "edition"],
  };
}

/**
 * The subject's lowest build on each system and architecture, for the edition asked where one
 * is; a system whose relations disagree on one architecture's floor is left out, since the data
 * then holds requirements of different times and no one of them is today's.
 */
function floorsOf(ctx: AnswerContext, subject: KbEntity): Floor[] {
  const { graph, reading } = ctx;
  const relations = [
    ...graph.neighbours(subject.slug, { type: "RUNS_ON", direction: "out" }),
    ...graph.neighbours(subject.slug, { type: "SUPPORTS", direction: "in" }),
  ].filter(
    (n) =>
      n.entity.kind === "OS_VERSION" &&
      n.relation.conditions?.minBuild != null &&
      n.relation.conditions.until === null &&
      (reading.edition === null ||
        n.relation.conditions.editions === null ||
        n.relation.conditions.editions.includes(reading.edition)),
  );
  const bySystem = new Map<KbEntity, Floor[]>();
  for (const { entity: os, relation } of relations) {
    const c = relation.conditions!;
    const list = bySystem.get(os) ?? [];
    // A floor given for no architecture and the same floor for one are one requirement.
    const same = list.find((f) => f.build === c.minBuild && (f.arch === null || c.arch === null || f.arch === c.arch));
    if (same) {
      same.arch ??= c.arch;
      same.relations.push(relation);
    } else list.push({ os, build: c.minBuild!, arch: c.arch, relations: [relation] });
    bySystem.set(os, list);
  }
  const floors: Floor[] = [];
  for (const list of bySystem.values()) {
    const archs = list.map((f) => f.arch);
    // Two floors for one architecture, or one for any beside another for a named one.
    const clash = archs.length !== new Set(archs).size || (list.length > 1 && archs.includes(null));
    if (!clash) floors.push(...list);
  }
  return floors;
}
