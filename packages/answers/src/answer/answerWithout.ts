import { compatibility, type CompatibilityCell, type KbEntity } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { namedSetups, setupsFor } from "./answerCompatibility.js";
import { askingSentence } from "../read/Frame.js";
import { normalize } from "../read/normalize.js";
import { absentEntity, isWindows, lexiconOf, lifecycleOf, osAndBuild } from "./helpers.js";

const RANK: Record<Verdict, number> = { YES: 2, PARTLY: 1, NO: 0 };
/** The typed lifecycle statuses of a release no longer supported. */
const RETIRED: ReadonlySet<string> = new Set(["deprecated", "archived", "removed", "end-of-support", "superseded"]);

/**
 * "Can I run Docker on Windows without VirtualBox?", "家用版不装 WSL 2 能用 Docker Desktop 吗？",
 * "Can Windows containers run without Hyper-V?": whether something runs once a part is left out,
 * settled by the setups that run it and do not use that part, as they stand today on the system
 * named (or on any Windows, where none is). Where every setup of it uses the part, the setups do
 * not say it cannot run otherwise (Docker Machine has drivers besides VirtualBox's), so there is
 * no verdict from here; where those that do without it do not run on the system, that is a no.
 */
export function answerWithout(ctx: AnswerContext): Draft | null {
  const { reading, graph, lang } = ctx;
  if (reading.intent !== "YES_NO" || !reading.frame.qualifiers.some((q) => q.slot === "absence")) return null;
  const family = reading.frame.predicate?.family;
  if (family !== undefined && family !== "compat") return null;
  const absent = absentEntity(ctx);
  // The part left out is one some setup uses: Hyper-V, WSL 2, VirtualBox, Docker Desktop.
  // Plain "Docker" left out ("没有别的办法跑 Docker") is the subject asked of, not a part.
  if (!absent || absent.asksEverySetup || !graph.bundle.setups.some((s) => s.uses.includes(absent.slug))) return null;
  const osEntity = reading.entities.find((e) => isWindows(e) && e !== absent);
  const all = reading.entities.filter((e) => e !== absent && e !== osEntity && setupsFor(e, ctx) !== null);
  // In a message that tells a story, the Docker things its question names ("I tried Docker
  // Toolbox… can we host a container without VirtualBox?" asks of containers, not of Toolbox).
  const asked = all.filter((e) => reading.frame.asked.includes(e));
  const products = asked.length > 0 ? asked : all;
  if (products.length === 0) return null;
  // Anything else named (a hypervisor to use instead) must be a part of the setups weighed.
  const others = reading.entities.filter((e) => e !== absent && e !== osEntity && !all.includes(e) && !e.concept);
  const avoiding = namedSetups(ctx, products)
    .flatMap((slug) => graph.setup(slug) ?? [])
    .filter((s) => !s.uses.includes(absent.slug))
    .filter((s) => others.every((o) => s.uses.includes(o.slug) || s.containers.includes(o.slug)));
  if (avoiding.length === 0) return null;
  const wanted = new Set(avoiding.map((s) => s.slug));
  // Where no system is named, the Windows releases still supported today.
  const systems = osEntity
    ? [osEntity]
    : graph.entities().filter((e) => isWindows(e) && e.editions.length > 0 && !RETIRED.has(lifecycleOf(e) ?? ""));
  const cells: { os: KbEntity; cell: CompatibilityCell }[] = systems.flatMap((entity) => {
    const { os, build } = osAndBuild(ctx, entity);
    const edition = reading.edition && os.editions.some((e) => e.id === reading.edition) ? reading.edition : undefined;
    // Named with an edition the system does not have, the question is not this system's.
    if (osEntity && reading.edition && !edition) return [];
    return compatibility(graph, {
      os: os.slug,
      ...(edition ? { edition } : {}),
      ...(build ? { build } : {}),
      now: true,
    })
      .filter((c) => wanted.has(c.setup.slug) && c.verdict !== null)
      .map((cell) => ({ os, cell }));
  });
  if (cells.length === 0) return null;
  const best = cells.reduce((a, b) => (RANK[b.cell.verdict!] > RANK[a.cell.verdict!] ? b : a));
  // Asked of no system, the question is whether there is a way at all: one that runs somewhere
  // today, with its conditions, says yes; on the system named, its rule decides.
  const verdict: Verdict = !osEntity && best.cell.verdict === "PARTLY" ? "YES" : best.cell.verdict!;
  // The best of each setup, in the data's order, so one line says each way that does without it.
  const shown = avoiding
    .flatMap((s) => {
      const own = cells.filter((c) => c.cell.setup === s);
      return own.length > 0 ? [own.reduce((a, b) => (RANK[b.cell.verdict!] > RANK[a.cell.verdict!] ? b : a))] : [];
    })
    // On the system named, the way that gives the verdict first, so the lead and the first line
    // agree; on none, in the data's order (Docker's own products first).
    .sort((a, b) => (osEntity ? RANK[b.cell.verdict!] - RANK[a.cell.verdict!] : 0))
    .slice(0, 3);
  const line = ({ os, cell }: { os: KbEntity; cell: CompatibilityCell }) =>
    fill(cell.verdict === "YES" ? P.setupWorks : cell.verdict === "PARTLY" ? P.setupPartly : P.setupNo, lang, {
      setup: osEntity
        ? cell.setup.name[lang]
        : fill(P.setupOnOs, lang, { setup: cell.setup.name[lang], os: os.name[lang] }),
      reason: cell.reason?.[lang] ?? "",
    });
  const factIds = [...new Set(shown.flatMap((c) => c.cell.facts))];
  return {
    verdict,
    parts: [
      fill(verdict === "YES" ? P.yes : verdict === "NO" ? P.no : P.partly, lang),
      fill(P.withoutPart, lang, { part: absent.name[lang] }),
      ...shown.map(line),
    ],
    entities: [...products, absent, ...(osEntity ? [osEntity] : []), ...shown.flatMap((c) => c.cell.setup.uses)]
      .flatMap((e) => (typeof e === "string" ? (graph.entity(e) ?? []) : [e]))
      .filter((e, i, all) => all.indexOf(e) === i),
    facts: factIds.flatMap((id) => graph.fact(id) ?? []),
    consumed: absenceIsNegation(ctx) ? ["polarity"] : [],
  };
}

/**
 * "我的电脑没有 Hyper-V，能用 Docker 吗？": the negative word that asks the absence (没有) is no
 * negative question; one of its own ("不能…吗") still is.
 */
function absenceIsNegation(ctx: AnswerContext): boolean {
  const lexicon = lexiconOf(ctx.graph);
  const asking = normalize(askingSentence(ctx.reading.question));
  const absence = lexicon.find(asking, "qualifier", "absence").map((h) => h.cue);
  const negative = lexicon.find(asking, "marker", "polarity").map((h) => h.cue);
  return negative.length > 0 && negative.every((n) => absence.some((a) => a.includes(n) || n.includes(a)));
}
