import { compatibility, type CompatibilityCell, type KbEntity, type KbSetup } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { Slot } from "./Executor.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { namedSetups, setupsFor } from "./answerCompatibility.js";
import { absentEntities, isWindows, lifecycleOf, osAndBuild, RETIRED, windowsSystems } from "./helpers.js";

const RANK: Record<Verdict, number> = { YES: 2, PARTLY: 1, NO: 0 };

/** One way of running it on one system, with the verdict the answer gives it. */
interface Way {
  os: KbEntity;
  cell: CompatibilityCell;
  verdict: Verdict;
}

/**
 * "Can I run Docker on Windows without VirtualBox?", "家庭版不装 WSL2 能用 Docker Desktop 吗？",
 * "Can Windows containers run without Hyper-V?": whether something runs once parts are left out,
 * settled by the setups that run it and use none of those parts, on the system named (or on any
 * Windows still supported, where none is). Where every setup of it uses a part, the setups do not
 * say it cannot run otherwise (Docker Machine has drivers besides VirtualBox's): no verdict.
 */
export function answerWithout(ctx: AnswerContext): Draft | null {
  const { reading, graph, lang } = ctx;
  if (reading.intent !== "YES_NO" || !reading.frame.qualifiers.some((q) => q.slot === "absence")) return null;
  const family = reading.frame.predicate?.family;
  if (family !== undefined && family !== "compat") return null;
  // The parts left out are ones some setup uses: Hyper-V, WSL 2, VirtualBox, Docker Desktop.
  // Plain "Docker" left out ("没有别的办法跑 Docker") is the subject asked of, not a part.
  const absent = absentEntities(ctx);
  const parts = absent.filter((e) => graph.bundle.setups.some((s) => s.uses.includes(e.slug)));
  if (parts.length === 0 || parts.length < absent.length || absent.some((e) => e.asksEverySetup)) return null;
  const osEntity = reading.entities.find((e) => isWindows(e) && !absent.includes(e));
  const all = reading.entities.filter((e) => !absent.includes(e) && e !== osEntity && setupsFor(e, ctx) !== null);
  // In a message that tells a story, the Docker things its question names ("I tried Docker
  // Toolbox… can we host a container without VirtualBox?" asks of containers, not of Toolbox).
  const asked = all.filter((e) => reading.frame.asked.includes(e));
  const products = asked.length > 0 ? asked : all;
  if (products.length === 0) return null;
  // Each product named must be one the setup runs ("Docker Desktop … Windows containers without
  // Hyper-V" is not Windows Server's engine), and anything else named a part of it.
  const runs = (s: KbSetup, e: KbEntity) => s.containers.includes(e.slug) || (setupsFor(e, ctx) ?? []).includes(s.slug);
  const others = reading.entities.filter(
    (e) => !absent.includes(e) && e !== osEntity && !all.includes(e) && !e.concept,
  );
  const avoiding = namedSetups(ctx, products)
    .flatMap((slug) => graph.setup(slug) ?? [])
    .filter((s) => parts.every((p) => !s.uses.includes(p.slug)))
    .filter((s) => products.every((p) => runs(s, p)))
    .filter((s) => others.every((o) => s.uses.includes(o.slug) || s.containers.includes(o.slug)));
  if (avoiding.length === 0) return null;
  const ways = waysOn(ctx, osEntity, avoiding);
  if (ways.length === 0) return null;
  const best = bestOf(ways);
  // Asked of no system, the question is whether there is a way at all: one that runs somewhere
  // today, with its conditions, says yes; on the system named, its rule decides.
  const verdict: Verdict = !osEntity && best.verdict === "PARTLY" ? "YES" : best.verdict;
  // The best way of each setup: on the system named, the one that gives the verdict first, so
  // the lead and the first line agree; on none, in the data's order (Docker's own products first).
  const shown = avoiding
    .flatMap((s) => {
      const own = ways.filter((w) => w.cell.setup === s);
      return own.length > 0 ? [bestOf(own)] : [];
    })
    .sort((a, b) => (osEntity ? RANK[b.verdict] - RANK[a.verdict] : 0))
    .slice(0, 3);
  const line = (w: Way) =>
    fill(w.verdict === "YES" ? P.setupWorks : w.verdict === "PARTLY" ? P.setupPartly : P.setupNo, lang, {
      setup: osEntity
        ? w.cell.setup.name[lang]
        : fill(P.setupOnOs, lang, { setup: w.cell.setup.name[lang], os: w.os.name[lang] }),
      reason: w.cell.reason?.[lang] ?? "",
    });
  const factIds = [...new Set(shown.flatMap((w) => w.cell.facts))];
  const names = parts.map((p) => p.name[lang]).join(lang === "en" ? " or " : "、");
  // "Still", "now": today's setups are what is weighed; a year asked of is not.
  const consumed: Slot[] = reading.frame.qualifiers.every((q) => q.slot !== "time" || q.value === "now")
    ? ["time"]
    : [];
  return {
    verdict,
    parts: [
      fill(verdict === "YES" ? P.yes : verdict === "NO" ? P.no : P.partly, lang),
      fill(P.withoutPart, lang, { part: names }),
      ...shown.map(line),
    ],
    entities: [...products, ...parts, ...(osEntity ? [osEntity] : []), ...shown.flatMap((w) => w.cell.setup.uses)]
      .flatMap((e) => (typeof e === "string" ? (graph.entity(e) ?? []) : [e]))
      .filter((e, i, list) => list.indexOf(e) === i),
    facts: factIds.flatMap((id) => graph.fact(id) ?? []),
    consumed,
  };
}

/**
 * The setups' cells on the system named, or on every Windows still supported where none is.
 * Today's rule is weighed; where it says no and the setup's own rule ran there once (Docker
 * Desktop on Windows 10 2004 before it required 22H2), the way is a "partly", not a "no".
 */
function waysOn(ctx: AnswerContext, osEntity: KbEntity | undefined, setups: readonly KbSetup[]): Way[] {
  const { reading, graph } = ctx;
  const wanted = new Set(setups.map((s) => s.slug));
  const systems = osEntity ? [osEntity] : windowsSystems(graph).filter((e) => !RETIRED.has(lifecycleOf(e) ?? ""));
  return systems.flatMap((entity) => {
    const { os, build } = osAndBuild(ctx, entity);
    const edition = reading.edition && os.editions.some((e) => e.id === reading.edition) ? reading.edition : undefined;
    // Named with an edition the system does not have, the question is not this system's.
    if (osEntity && reading.edition && !edition) return [];
    const query = { os: os.slug, ...(edition ? { edition } : {}), ...(build ? { build } : {}) };
    const ever = compatibility(graph, query);
    return compatibility(graph, { ...query, now: true })
      .filter((c) => wanted.has(c.setup.slug) && c.verdict !== null)
      .map((cell) => {
        const once = ever.find((c) => c.setup === cell.setup)?.verdict;
        const verdict: Verdict = cell.verdict === "NO" && once && once !== "NO" ? "PARTLY" : cell.verdict!;
        return { os, cell, verdict };
      });
  });
}

const bestOf = (ways: readonly Way[]): Way => ways.reduce((a, b) => (RANK[b.verdict] > RANK[a.verdict] ? b : a));
