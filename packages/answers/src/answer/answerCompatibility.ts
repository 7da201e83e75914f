import {
  ARCHITECTURES,
  compatibility,
  type Architecture,
  type CompatibilityCell,
  type Graph,
  type KbEntity,
} from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import { namedByWord } from "../read/Frame.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { askingSentence } from "../read/Frame.js";
import { normalize } from "../read/normalize.js";
import {
  askedPredicate,
  askedTogether,
  bestFacts,
  isWindows,
  lexiconOf,
  osAndBuild,
  verbObjects,
  windowsSystems,
} from "./helpers.js";
import { asksMinimum, notNeededSystem, otherWindows } from "./otherSystems.js";
import { namedBeforeNeed } from "./askedNeeder.js";

/** The Docker things a setup question can name, and which setups each one means. */
export function setupsFor(e: KbEntity, ctx: AnswerContext): string[] | null {
  const { graph } = ctx;
  const setups = graph.bundle.setups;
  if (e.asksEverySetup) return setups.map((s) => s.slug);
  // Only Docker's own products (made by whoever makes what every setup question means) and kinds
  // of container ask about a Docker setup; WSL 2 or Hyper-V on their own are questions about
  // themselves.
  const makers = makersOf(graph);
  const docker =
    e.kind === "CONTAINER_TYPE" || graph.neighbours(e.slug, { type: "MADE_BY" }).some((n) => makers.has(n.entity.slug));
  if (!docker) return null;
  const list = setups.filter((s) => s.uses.includes(e.slug) || s.containers.includes(e.slug)).map((s) => s.slug);
  return list.length > 0 ? list : null;
}

const MAKERS = new WeakMap<Graph, ReadonlySet<string>>();

/** Who makes what every setup question means (Docker, Inc.), worked out once per graph: it walks every entity. */
function makersOf(graph: Graph): ReadonlySet<string> {
  let makers = MAKERS.get(graph);
  if (!makers) {
    makers = new Set(
      graph
        .entities()
        .filter((x) => x.asksEverySetup)
        .flatMap((x) => graph.neighbours(x.slug, { type: "MADE_BY" }).map((n) => n.entity.slug)),
    );
    MAKERS.set(graph, makers);
  }
  return makers;
}

/**
 * "Can I run Docker on Windows 7?", "Docker for Windows on Windows 8?": a Docker product and a
 * Windows version, settled by the setups' compatibility rules; a "no" names what works instead.
 */
export function answerCompatibility(ctx: AnswerContext): Draft | null {
  const { reading, lang, graph } = ctx;
  // "Can X and Y run at the same time?" asks of two things, not of a setup on a system; a story's
  // "the installer said it is compatible" asks nothing of that kind.
  const asking = normalize(askingSentence(reading.question));
  if (!["YES_NO", "HOW", "LIST", "UNKNOWN"].includes(reading.intent) || askedTogether(ctx)) return null;
  // A why-question wants reasons, not a per-setup matrix.
  if (reading.frame.questionType === "why") return null;
  const osEntity = reading.entities.find(isWindows);
  // Two operating systems ("a Windows 10 host, a Server 2022 image") ask about each other.
  // One system named twice ("version 2004 … Windows 10 Home 2004") is one.
  if (new Set(reading.entities.filter((e) => e.kind === "OS_VERSION")).size >= 2) return null;
  const products = reading.entities.filter((e) => e !== osEntity && setupsFor(e, ctx) !== null);
  // "…the Docker installer keeps saying the version does not match. Can this PC install Docker
  // Desktop?": in a message that tells a story, the Docker things its yes/no question names are
  // those asked of; another that only the story names is background, and its setups are not
  // weighed (Toolbox's would answer for Docker Desktop). A concept asked ("containers") names no
  // product, plain "docker" means every setup and so narrows nothing, and a how or which
  // question is not settled by a verdict here. Nor is one that asks for a way ("…is there a way
  // to use Docker without upgrading?"): whatever setup works answers it, the story's too.
  const askedOf = reading.frame.asked;
  const wayAsked = lexiconOf(graph).find(asking, "marker", "wayAsked").length > 0;
  const askedProducts =
    reading.frame.context && reading.intent === "YES_NO" && !wayAsked
      ? products.filter((e) => askedOf.includes(e) && !e.concept && !e.asksEverySetup)
      : [];
  const named = askedProducts.length > 0 ? askedProducts : products;
  const docker = named[0];
  if (!docker) return null;
  if (!osEntity) return onEveryWindows(ctx, named);
  // "CentOS 7.2.1511": a bare number that happens to be a Windows version names no Windows; the
  // question must name the OS by a word.
  if (!reading.followUp && !namedOsByWord(ctx, osEntity)) return null;
  // "…then install docker.io in WSL. Does Win7 really have WSL?": a message whose asking sentence
  // names things but no Docker product asks about those things, not about a Docker setup.
  if (reading.frame.context && askedOf.some((e) => !e.concept) && !named.some((e) => askedOf.includes(e))) return null;
  const { os, build } = osAndBuild(ctx, osEntity);
  const edition = reading.edition && os.editions.some((e) => e.id === reading.edition) ? reading.edition : undefined;
  let chosen = namedSetups(ctx, named);
  // "The Hyper-V backend of Docker Desktop": a hypervisor or WSL 2 named too picks the backend.
  const pieces = reading.entities.filter((e) => e !== osEntity && !products.includes(e));
  // "…where Hyper-V and GPU pass-through are available? I want the container to use the GPU.": a
  // thing asked of that no setup is made of (the GPU) is a question the setups' rules do not settle.
  const asSetupPart = (e: KbEntity) =>
    graph.bundle.setups.some((s) => s.uses.includes(e.slug) || s.containers.includes(e.slug));
  if (
    reading.intent === "YES_NO" &&
    pieces.some((p) => askedOf.includes(p) && !p.concept && p.kind === "TECHNOLOGY" && !asSetupPart(p))
  )
    return null;
  const narrowed = chosen.filter((slug) => pieces.some((p) => graph.setup(slug)?.uses.includes(p.slug)));
  if (narrowed.length > 0) chosen = narrowed;
  // "docker-machine on Windows 10's Hyper-V?": a part of some setup is named that none of the
  // product's setups uses, so the setups do not answer what is asked (Toolbox runs VirtualBox).
  else if (pieces.some((p) => graph.bundle.setups.some((s) => s.uses.includes(p.slug)))) return null;
  const wanted = new Set(chosen);
  // "Does a Server 2012 host support nested virtualization so Docker can use Hyper-V?": what the
  // verb is asked of must be the system, the product or a part of the setups weighed.
  // The setups of a product only the story names count here: "Docker for Windows inside a
  // VirtualBox VM" names a part of Toolbox's, which the story's Docker brings in.
  const weighed = named === products ? chosen : [...chosen, ...namedSetups(ctx, products)];
  const part = (e: KbEntity) => weighed.some((slug) => graph.setup(slug)?.uses.includes(e.slug));
  if (verbObjects(ctx).some((e) => e !== osEntity && e !== os && !products.includes(e) && !part(e))) return null;
  // "Docker on 32-bit Windows?": the architecture asked, where the OS ships for it.
  const asked = reading.frame.qualifiers.find((q) => q.slot === "arch")?.value;
  const arch = ARCHITECTURES.find((a) => a === asked && os.architectures.includes(a));
  if (asked && !arch) return null;
  // "Does Docker Desktop still support 1809?", "the latest Docker Desktop on 21H2?": today's
  // release, not every release it had.
  const now =
    reading.frame.qualifiers.some((q) => q.slot === "time") ||
    (reading.intent === "YES_NO" && lexiconOf(graph).find(asking, "marker", "current").length > 0);
  const cells = compatibility(graph, {
    os: os.slug,
    ...(edition ? { edition } : {}),
    ...(build ? { build } : {}),
    ...(arch ? { arch } : {}),
    ...(now ? { now } : {}),
  });
  const inQuestion = cells.filter((c) => wanted.has(c.setup.slug) && c.verdict !== null);
  if (inQuestion.length === 0) return null;
  // "Does Docker Desktop require Windows 11?": whether that Windows is the only one it runs on
  // today, not whether it runs there. A floor asked of ("…or later?") is not settled from here.
  // Only where the asking sentence asks of the two and nothing else: "…a docker that needs no
  // Hyper-V?" after a story of Windows 10 asks what does without Hyper-V.
  const askedOfBoth =
    reading.intent === "YES_NO" &&
    askedOf.includes(osEntity) &&
    askedOf.every((e) => e === osEntity || named.includes(e) || e.concept);
  if (!edition && build === null && askedOfBoth && askedPredicate(ctx) === "require") {
    if (asksMinimum(ctx)) return null;
    const today = (other: KbEntity) =>
      compatibility(graph, { os: other.slug, ...(arch ? { arch } : {}), now: true }).filter(
        (c) => wanted.has(c.setup.slug) && (c.verdict === "YES" || c.verdict === "PARTLY"),
      );
    const others = otherWindows(ctx, os, (other) => today(other).length > 0);
    if (others.length === 0) return null;
    const facts = others.flatMap((other) => today(other).flatMap((c) => c.facts));
    return notNeededSystem(
      ctx,
      docker,
      os,
      others,
      [...new Set(facts)].flatMap((id) => graph.fact(id) ?? []),
    );
  }
  // "Do I need a Pro version of Windows for Docker Desktop?": whether the edition is needed.
  // "Do Home users need Toolbox?" asks what the edition's users need, which no rule here settles.
  if (edition && askedPredicate(ctx) === "require") {
    if (namedBeforeNeed(lexiconOf(graph), reading.question, "qualifier", "edition")) return null;
    const works = (id: string) =>
      compatibility(graph, {
        os: os.slug,
        edition: id,
        ...(build ? { build } : {}),
        ...(arch ? { arch } : {}),
        ...(now ? { now } : {}),
      })
        .filter((c) => wanted.has(c.setup.slug))
        .some((c) => c.verdict === "YES" || c.verdict === "PARTLY");
    // Not needed only where every other edition works too: "also on Enterprise" is no answer to
    // "do I need Pro?", which asks whether Home would do.
    const others = os.editions.filter((e) => e.id !== edition);
    const name = os.editions.find((e) => e.id === edition)?.name[lang] ?? edition;
    if (others.length > 0 && others.every((e) => works(e.id)))
      return {
        verdict: "NO",
        parts: [
          fill(P.no, lang),
          fill(P.editionNotNeeded, lang, {
            edition: name,
            list: others.map((e) => e.name[lang]).join(lang === "en" ? ", " : "、"),
          }),
          ...inQuestion.slice(0, 2).flatMap((c) => (c.reason ? [c.reason[lang]] : [])),
        ],
        entities: [os, docker],
        facts: [...new Set(inQuestion.flatMap((c) => c.facts))].flatMap((id) => graph.fact(id) ?? []),
      };
    return null;
  }

  const rank: Record<Verdict, number> = { YES: 2, PARTLY: 1, NO: 0 };
  const best = inQuestion.reduce((a, b) => (rank[b.verdict!] > rank[a.verdict!] ? b : a));
  // "…inside a VM?": a setup that runs at all runs in a VM only as far as what it needs there
  // allows (the notes of its parts' requirements that speak of a VM: nested virtualization);
  // where none says, the VM is a condition left unread. A no stands in a VM too.
  const inVm = reading.frame.qualifiers.some((q) => q.slot === "host");
  const vmNotes = inVm && best.verdict !== "NO" ? insideVm(ctx, inQuestion) : [];
  const verdict: Verdict = vmNotes.length > 0 ? "PARTLY" : best.verdict!;
  const osLabel = (edition && os.editions.find((e) => e.id === edition)?.name[lang]) || os.name[lang];
  const line = (c: CompatibilityCell) =>
    fill(c.verdict === "YES" ? P.setupWorks : c.verdict === "PARTLY" ? P.setupPartly : P.setupNo, lang, {
      setup: c.setup.name[lang],
      reason: c.reason?.[lang] ?? "",
    });
  const shown = [...inQuestion].sort((a, b) => rank[b.verdict!] - rank[a.verdict!]).slice(0, 4);
  const parts = [
    fill(verdict === "YES" ? P.yes : verdict === "NO" ? P.no : P.partly, lang),
    ...vmNotes,
    fill(P.onOs, lang, { os: osLabel }),
    ...shown.map(line),
  ];
  if (verdict === "NO") {
    const instead = cells.filter((c) => !wanted.has(c.setup.slug) && (c.verdict === "YES" || c.verdict === "PARTLY"));
    parts.push(
      instead.length > 0
        ? fill(P.insteadUse, lang, { list: instead.map((c) => c.setup.name[lang]).join(lang === "en" ? ", " : "、") })
        : fill(P.nothingWorks, lang),
    );
    for (const c of instead.slice(0, 2)) parts.push(line(c));
    shown.push(...instead.slice(0, 2));
  }
  const factIds = [...new Set(shown.flatMap((c) => c.facts))];
  const used = shown.flatMap((c) => c.setup.uses).flatMap((s) => graph.entity(s) ?? []);
  return {
    verdict,
    parts,
    entities: [os, docker, ...used],
    facts: factIds.flatMap((id) => graph.fact(id) ?? []),
    consumed: inVm && (verdict === "NO" || vmNotes.length > 0) ? ["host"] : [],
  };
}

/**
 * The setups the Docker things named mean. A container type named beside a product narrows the
 * setups to those that run it. A setup's first container type is what it is for, so "Windows
 * containers" means the setups built for them, even where Docker Desktop is named too.
 */
export function namedSetups(ctx: AnswerContext, named: readonly KbEntity[]): string[] {
  const { graph } = ctx;
  const containerType = named.find((e) => e.kind === "CONTAINER_TYPE");
  const byContainer = containerType
    ? graph.bundle.setups.filter((s) => s.containers[0] === containerType.slug).map((s) => s.slug)
    : [];
  const byProduct = named.filter((e) => e !== containerType).flatMap((e) => setupsFor(e, ctx) ?? []);
  const both = byContainer.filter((s) => byProduct.includes(s));
  return containerType && byContainer.length > 0 ? (both.length > 0 ? both : byContainer) : byProduct;
}

/**
 * "Can Docker run on 32-bit Windows?": an architecture and no Windows version. Where no setup
 * named runs on any Windows release for that processor, that is a plain no; where some do, the
 * version decides and there is no verdict from here.
 */
function onEveryWindows(ctx: AnswerContext, named: readonly KbEntity[]): Draft | null {
  const { reading, lang, graph } = ctx;
  const arch = ARCHITECTURES.find((a) => a === reading.frame.qualifiers.find((q) => q.slot === "arch")?.value);
  if (!arch) return reading.edition !== null && !reading.followUp ? onEveryEdition(ctx, named, reading.edition) : null;
  const wanted = new Set(named.flatMap((e) => setupsFor(e, ctx) ?? []));
  const systems = windowsSystems(graph).filter((e) => e.architectures.includes(arch));
  const cells = systems.flatMap((os) =>
    compatibility(graph, { os: os.slug, arch }).filter((c) => wanted.has(c.setup.slug) && c.verdict !== null),
  );
  if (cells.length === 0) return null;
  if (cells.some((c) => c.verdict !== "NO")) {
    // "…on Arm or x86?" asks of two processors; "…Hyper-V backend on Arm?" of the setups using it.
    const parts = partsNamed(ctx, named);
    const archs = reading.frame.qualifiers.filter((q) => q.slot === "arch").length;
    return parts && archs === 1 ? someReleases(ctx, named, arch, parts) : null;
  }
  const reasons = [...new Set(cells.flatMap((c) => (c.reason ? [c.reason[lang]] : [])))].slice(0, 2);
  const factIds = [...new Set(cells.flatMap((c) => c.facts))].slice(0, 4);
  return {
    verdict: "NO",
    parts: [fill(P.no, lang), ...reasons],
    // What was asked about, then the products of the setups that were weighed.
    entities: [
      ...named,
      ...cells.flatMap((c) => c.setup.uses.flatMap((s) => graph.entity(s) ?? [])).filter((e) => e.kind === "PRODUCT"),
    ].filter((e, i, all) => all.indexOf(e) === i),
    facts: factIds.flatMap((id) => graph.fact(id) ?? []),
  };
}

/**
 * The setups the question means where it names no Windows version: those of the Docker things
 * named ("Windows containers" narrowing them), and of those the ones that use a part named too
 * ("…Docker Desktop's Hyper-V backend on Home?"); null where a part named is used only by other
 * setups, which then do not answer what is asked.
 */
function partsNamed(ctx: AnswerContext, named: readonly KbEntity[]): Set<string> | null {
  const { graph, reading } = ctx;
  const all = namedSetups(ctx, named);
  const pieces = reading.entities.filter((e) => !named.includes(e) && !isWindows(e));
  const narrowed = all.filter((slug) => pieces.some((p) => graph.setup(slug)?.uses.includes(p.slug)));
  if (narrowed.length === 0 && pieces.some((p) => graph.bundle.setups.some((s) => s.uses.includes(p.slug))))
    return null;
  return new Set(narrowed.length > 0 ? narrowed : all);
}

/**
 * "Does Docker Desktop support Windows on Arm?": some Windows releases for the processor run a
 * setup named and others do not, so the answer is partly, the systems that run it saying how. A
 * fact that happens to name the processor (with a "no" about one backend) would settle it the
 * wrong way.
 */
function someReleases(
  ctx: AnswerContext,
  named: readonly KbEntity[],
  arch: Architecture,
  wanted: Set<string>,
): Draft | null {
  const { reading, lang, graph } = ctx;
  if (reading.intent !== "YES_NO") return null;
  const rank: Record<Verdict, number> = { YES: 2, PARTLY: 1, NO: 0 };
  const runs = windowsSystems(graph)
    .filter(
      (e) =>
        e.architectures.includes(arch) &&
        graph.neighbours(e.slug, { type: "VERSION_OF", direction: "out" }).length === 0,
    )
    .flatMap((os) => {
      const cells = compatibility(graph, { os: os.slug, arch }).filter(
        (c) => wanted.has(c.setup.slug) && (c.verdict === "YES" || c.verdict === "PARTLY"),
      );
      if (cells.length === 0) return [];
      return [{ os, best: cells.reduce((a, b) => (rank[b.verdict!] > rank[a.verdict!] ? b : a)) }];
    });
  if (runs.length === 0) return null;
  const parts = runs.flatMap(({ os, best }) => [
    fill(P.onOs, lang, { os: os.name[lang] }),
    fill(best.verdict === "YES" ? P.setupWorks : P.setupPartly, lang, {
      setup: best.setup.name[lang],
      reason: best.reason?.[lang] ?? "",
    }),
  ]);
  const factIds = [...new Set(runs.flatMap((x) => x.best.facts))];
  return {
    verdict: "PARTLY",
    parts: [fill(P.partly, lang), ...parts],
    entities: [...named, ...runs.map((x) => x.os)].filter((e, i, all) => all.indexOf(e) === i),
    facts: factIds.flatMap((id) => graph.fact(id) ?? []),
    consumed: ["arch"],
  };
}

/**
 * "Can the Home edition install Docker Desktop?": an edition and no Windows version. Each Windows
 * that has the edition (not its versions, which are that Windows at a build) is weighed; where
 * the setups named fare alike on all of them, that is the verdict, each system's best setup
 * saying why. Where they differ, the systems' lines stand with no verdict: a fact that happens
 * to name the edition would settle only one of them.
 */
function onEveryEdition(ctx: AnswerContext, named: readonly KbEntity[], edition: string): Draft | null {
  const { reading, lang, graph } = ctx;
  if (reading.intent !== "YES_NO") return null;
  const wanted = partsNamed(ctx, named);
  if (!wanted) return null;
  if (askedPredicate(ctx) === "require")
    return namedBeforeNeed(lexiconOf(graph), reading.question, "qualifier", "edition")
      ? null
      : editionNotNeeded(ctx, named, edition, wanted);
  const now =
    reading.frame.qualifiers.some((q) => q.slot === "time") ||
    lexiconOf(graph).find(normalize(askingSentence(reading.question)), "marker", "current").length > 0;
  const rank: Record<Verdict, number> = { YES: 2, PARTLY: 1, NO: 0 };
  const bestOf = windowsSystems(graph)
    .filter(
      (e) =>
        e.editions.some((x) => x.id === edition) &&
        graph.neighbours(e.slug, { type: "VERSION_OF", direction: "out" }).length === 0,
    )
    .flatMap((os) => {
      const cells = compatibility(graph, { os: os.slug, edition, ...(now ? { now } : {}) }).filter(
        (c) => wanted.has(c.setup.slug) && c.verdict !== null,
      );
      if (cells.length === 0) return [];
      const best = cells.reduce((a, b) => (rank[b.verdict!] > rank[a.verdict!] ? b : a));
      return [{ os, best }];
    });
  if (bestOf.length === 0) return null;
  const verdicts = new Set(bestOf.map((x) => x.best.verdict!));
  const verdict = verdicts.size === 1 ? bestOf[0]!.best.verdict! : null;
  const parts = bestOf.flatMap(({ os, best }) => [
    fill(P.onOs, lang, { os: os.editions.find((x) => x.id === edition)?.name[lang] ?? os.name[lang] }),
    fill(best.verdict === "YES" ? P.setupWorks : best.verdict === "PARTLY" ? P.setupPartly : P.setupNo, lang, {
      setup: best.setup.name[lang],
      reason: best.reason?.[lang] ?? "",
    }),
  ]);
  const lead =
    verdict === null
      ? fill(P.cannotSettle, lang)
      : fill(verdict === "YES" ? P.yes : verdict === "NO" ? P.no : P.partly, lang);
  const factIds = [...new Set(bestOf.flatMap((x) => x.best.facts))];
  return {
    verdict,
    parts: [lead, ...parts],
    entities: [...named, ...bestOf.map((x) => x.os)].filter((e, i, all) => all.indexOf(e) === i),
    facts: factIds.flatMap((id) => graph.fact(id) ?? []),
  };
}

/**
 * "Docker Desktop 一定要专业版吗？": an edition asked of as a need, with no Windows named. It is
 * not needed where, on every Windows that has it and runs the setups today, every other edition
 * runs them too (as "Do I need Pro on Windows 10?" is settled); otherwise no verdict from here.
 */
function editionNotNeeded(
  ctx: AnswerContext,
  named: readonly KbEntity[],
  edition: string,
  wanted: ReadonlySet<string>,
): Draft | null {
  const { lang, graph } = ctx;
  const today = (os: KbEntity, id: string) =>
    compatibility(graph, { os: os.slug, edition: id, now: true }).filter(
      (c) => wanted.has(c.setup.slug) && (c.verdict === "YES" || c.verdict === "PARTLY"),
    );
  const systems = windowsSystems(graph).filter(
    (e) =>
      e.editions.some((x) => x.id === edition) &&
      graph.neighbours(e.slug, { type: "VERSION_OF", direction: "out" }).length === 0 &&
      e.editions.some((x) => today(e, x.id).length > 0),
  );
  const others = systems.flatMap((os) => os.editions.filter((x) => x.id !== edition).map((x) => ({ os, x })));
  if (systems.length === 0 || others.length === 0 || !others.every(({ os, x }) => today(os, x.id).length > 0))
    return null;
  const asked = systems[0]!.editions.find((x) => x.id === edition)!;
  const facts = others.flatMap(({ os, x }) => today(os, x.id).flatMap((c) => c.facts));
  return {
    verdict: "NO",
    parts: [
      fill(P.noNeed, lang),
      fill(P.editionNotNeeded, lang, {
        edition: asked.name[lang],
        list: others.map(({ x }) => x.name[lang]).join(lang === "en" ? ", " : "、"),
      }),
      ...bestFacts(
        ctx,
        [...new Set(facts)].flatMap((id) => graph.fact(id) ?? []),
        2,
      ).map((f) => f.text[lang]),
    ],
    entities: [...named, ...systems],
    facts: bestFacts(
      ctx,
      [...new Set(facts)].flatMap((id) => graph.fact(id) ?? []),
      2,
    ),
  };
}

/** Whether the question names the OS (or the OS it is a version of) by a name with a word in it. */
function namedOsByWord(ctx: AnswerContext, os: KbEntity): boolean {
  const parents = ctx.graph.neighbours(os.slug, { type: "VERSION_OF", direction: "out" }).map((n) => n.entity);
  return [os, ...parents].some((e) => namedByWord(e, ctx.reading.normalized));
}

/**
 * What the setups that run need inside a virtual machine: the notes of their parts' requirements
 * that speak of a VM ("only inside a virtual machine: …nested virtualization"), in the answer's
 * language, each once.
 */
function insideVm(ctx: AnswerContext, cells: readonly CompatibilityCell[]): string[] {
  const { graph, lang } = ctx;
  const lexicon = lexiconOf(graph);
  const notes = cells
    .filter((c) => c.verdict !== "NO")
    .flatMap((c) => [...c.setup.uses, ...c.setup.containers])
    .flatMap((slug) => graph.entity(slug)?.relations ?? [])
    .filter((r) => r.type === "REQUIRES" && r.conditions?.note)
    .map((r) => r.conditions!.note!)
    .filter((n) => lexicon.mentions(n.en, "qualifier", "host", "vm"));
  return [...new Set(notes.map((n) => n[lang]))];
}
