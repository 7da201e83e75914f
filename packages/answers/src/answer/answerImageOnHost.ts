import type { KbEntity, KbFact, KbRelation } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { askingSentence, withoutOfferedAnswer } from "../read/Frame.js";
import { clausesOf } from "../read/clauses.js";
import type { Lexicon } from "../read/Lexicon.js";
import { normalize } from "../read/normalize.js";
import { fill } from "../text/format.js";
import { HOST_IMAGE } from "../text/hostImagePhrases.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import type { Slot } from "./Executor.js";
import { bestFacts, factsAbout, lexiconOf } from "./helpers.js";
import { hostAndImage, imageAfterHost, namesHostOrImage, type NamedBuild } from "./hostAndImage.js";

/**
 * "Can a 1909 host run ltsc2019 images with process isolation?", "2022 主機可以跑 20H2 的映像
 * 嗎？": whether a host runs an image, settled by their builds and the isolation mode asked.
 * - An image newer than its host runs in neither mode.
 * - An image of the host's build runs in either (unless the revisions asked about differ).
 * - An older image runs with Hyper-V isolation; with process isolation only where a relation of
 *   the graph says the host runs it without restriction (Windows 11 and Server 2022 images);
 *   asked of no mode, that is a "partly", or a "no" where a relation says it does not run at all.
 */
export function answerImageOnHost(ctx: AnswerContext): Draft | null {
  const { reading, graph, lang } = ctx;
  if (reading.intent !== "YES_NO") return null;
  const lexicon = lexiconOf(graph);
  // The sentence that asks must be about the two: a host or image it names, or a build. Where
  // it names only one ("Can it run the 2022 images?"), the message names the other.
  const asking = askingSentence(reading.question);
  if (!/[?？]\s*$/.test(asking)) return null;
  // "Is there any way to run it on my PC?", "有辦法跑嗎？" asks for a way, which a pasted error's
  // fix or another mode may be, not whether this host runs this image as it stands.
  if (lexicon.find(normalize(asking), "marker", "wayAsked").length > 0) return null;
  // "Can Windows Server 2016 run Linux containers with LCOW?" asks of a kind of container no
  // Windows build match settles, whatever builds the message's paste names.
  if (lexicon.find(normalize(asking), "marker", "linuxKind").length > 0) return null;
  // "And with Hyper-V isolation instead?": a follow-up that names neither host nor image asks of
  // the pair the question before it named; one that names an image alone ("What about ltsc2019
  // images?"), of the earlier host; one that names a host is left to the other executors.
  const pair = reading.followUp
    ? reading.earlier === null
      ? null
      : !namesHostOrImage(ctx, lexicon, reading.question)
        ? hostAndImage(graph, lexicon, reading.earlier)
        : imageAfterHost(graph, lexicon, reading.question, reading.earlier, reading.build)
    : (hostAndImage(graph, lexicon, asking) ??
      (namesHostOrImage(ctx, lexicon, asking) ? hostAndImage(graph, lexicon, reading.question) : null));
  if (!pair) return null;
  const { host, image } = pair;
  const mode = isolationAsked(ctx);
  if (mode === "both") return null;
  const consumed = conditionsRead(ctx, host, image);
  if (consumed === null) return null;
  const between = relationsBetween(host.systems, image.systems);
  const restricts = (r: KbRelation) =>
    r.conditions?.note ? lexicon.find(normalize(r.conditions.note.en), "qualifier", "exclusive").length > 0 : false;
  const parts: string[] = [];
  let verdict: Verdict;
  let chosen: KbRelation[] = [];
  if (image.build > host.build) {
    verdict = "NO";
    parts.push(HOST_IMAGE.newer[lang]);
  } else if (image.build === host.build) {
    // "Host 17763.1554, image 17763.1518": whether revisions matter is another question.
    if (pair.revisionsDiffer) return null;
    if (mode === "process" && !processOn(ctx, host)) return null;
    verdict = "YES";
    parts.push(HOST_IMAGE.same[lang]);
  } else {
    const refused = between.filter((r) => r.type === "DOES_NOT_SUPPORT");
    const plain = between.filter((r) => r.type === "SUPPORTS" && !restricts(r));
    const onlyHyperV = between.filter((r) => r.type === "SUPPORTS" && restricts(r));
    if (refused.length > 0) {
      verdict = "NO";
      chosen = refused;
    } else if (plain.length > 0) {
      verdict = "YES";
      chosen = plain;
    } else if (mode === "hyperv") {
      verdict = "YES";
      chosen = onlyHyperV;
      parts.push(HOST_IMAGE.hyperVOlder[lang]);
    } else if (mode === "process") {
      verdict = "NO";
      chosen = onlyHyperV;
      parts.push(HOST_IMAGE.processMatch[lang]);
    } else {
      verdict = "PARTLY";
      chosen = onlyHyperV;
      parts.push(HOST_IMAGE.onlyHyperV[lang], HOST_IMAGE.processMatch[lang]);
    }
  }
  const lead = verdict === "YES" ? P.yes : verdict === "NO" ? P.no : P.partly;
  const builds = fill(HOST_IMAGE.builds, lang, { host: label(host, lang), image: label(image, lang) });
  const notes = chosen.flatMap((r) => (r.conditions?.note ? [r.conditions.note[lang]] : []));
  const modes = reading.entities.filter((e) => e.kind === "CONTAINER_TYPE");
  const ruled = chosen.flatMap((r) => r.facts).flatMap((id) => graph.fact(id) ?? []);
  // A fact on the mode asked that speaks of other things (a Windows Server 2025 host, a swarm)
  // is not this pair's: it stands where all it is about is the pair, a kind of container or
  // something the question names, or where it speaks of another system the question asks of too
  // ("…and can Windows 11 run Windows Server 2022 images?").
  const systems = [...host.systems, ...image.systems];
  const own = new Set([...systems, ...reading.entities].map((e) => e.slug));
  const others = new Set(
    reading.entities.filter((e) => e.kind === "OS_VERSION" && !systems.includes(e)).map((e) => e.slug),
  );
  const ofPair = (f: KbFact) =>
    f.entities.some((slug) => others.has(slug)) ||
    f.entities.every((slug) => own.has(slug) || graph.entity(slug)?.kind === "CONTAINER_TYPE");
  const modeFacts = factsAbout(ctx, modes).filter(ofPair);
  const facts: KbFact[] = [...new Set([...bestFacts(ctx, ruled, 1), ...bestFacts(ctx, modeFacts, 1)])];
  return {
    verdict,
    parts: [...new Set([fill(lead, lang), builds, ...parts, ...notes.slice(0, 1), ...facts.map((f) => f.text[lang])])],
    entities: [...new Set([host.systems[0]!, image.systems[0]!, ...modes])],
    facts,
    consumed,
  };
}

const label = (b: NamedBuild, lang: AnswerContext["lang"]) =>
  b.cue === String(b.build)
    ? fill(HOST_IMAGE.build, lang, { n: String(b.build) })
    : fill(HOST_IMAGE.namedBuild, lang, { cue: b.cue, n: String(b.build) });

/**
 * The edition and processor the question gives, where the host's systems run Windows containers
 * on them ("Windows 10 Pro", "amd64"): those it reads; null where one of them rules the host out,
 * which is then another question (Windows 10 Home runs no Windows containers at all).
 */
function conditionsRead(ctx: AnswerContext, host: NamedBuild, image: NamedBuild): Slot[] | null {
  const { reading } = ctx;
  const read: Slot[] = ["build"];
  const edition = reading.edition;
  if (edition !== null) {
    const runs = host.systems.some((h) =>
      h.relations.some(
        (r) =>
          r.type === "SUPPORTS" &&
          ctx.graph.entity(r.target)?.kind === "CONTAINER_TYPE" &&
          (r.conditions?.editions ?? []).includes(edition),
      ),
    );
    if (!runs) return null;
    read.push("edition");
  }
  const arch = reading.frame.qualifiers.find((q) => q.slot === "arch")?.value;
  if (arch !== undefined) {
    const on = (list: readonly KbEntity[]) => list.every((e) => e.architectures.some((a) => a === arch));
    if (!on(host.systems) || !on(image.systems)) return null;
    read.push("arch");
  }
  return read;
}

/** The isolation mode the question asks about (its asking sentence first), "both" if it names two. */
function isolationAsked(ctx: AnswerContext): "process" | "hyperv" | "both" | null {
  const lexicon = lexiconOf(ctx.graph);
  const read = (text: string) => {
    const named = modesIn(lexicon, text);
    // "Hyper-V isolation is not allowed; can we run it with process isolation?": a mode the
    // writer cannot use is no mode asked, beside one they can.
    // "Hyper-V isolation isn't an option here. Can the host run ltsc2019 images?" asks of the
    // other mode.
    const usable = named.filter((m) => !m.refused).map((m) => m.mode);
    const refused = named.filter((m) => m.refused).map((m) => m.mode);
    const other = MODES.filter((m) => !refused.includes(m));
    return [...new Set(usable.length > 0 || refused.length === 0 ? usable : other)];
  };
  // "…with process isolation, or only with Hyper-V isolation?" asks of the first; the second is the answer it offers.
  const asked = read(withoutOfferedAnswer(lexicon, askingSentence(ctx.reading.question)));
  const own = asked.length > 0 ? asked : read(ctx.reading.question);
  // A follow-up that names no mode keeps the one asked before ("…with process isolation?", then "and ltsc2019 images?").
  const earlier = ctx.reading.followUp && ctx.reading.earlier !== null ? read(ctx.reading.earlier) : [];
  const found = own.length > 0 ? own : earlier;
  if (found.length > 1) return "both";
  return found[0] === "process" || found[0] === "hyperv" ? found[0] : null;
}

/** The isolation modes a text names, each with whether its clause says the writer cannot use it. */
function modesIn(lexicon: Lexicon, text: string): { mode: string | null; refused: boolean }[] {
  return clausesOf(text).flatMap((clause) => {
    const n = normalize(clause);
    const refused = lexicon.find(n, "marker", "refused").length > 0;
    return lexicon.find(n, "marker", "isolation").map((h) => ({ mode: h.entry.value, refused }));
  });
}

/** The isolation modes the lexicon's isolation markers stand for. */
const MODES: readonly string[] = ["process", "hyperv"];

/** The relations from a host's systems to an image's: what the graph says that host runs. */
function relationsBetween(hosts: readonly KbEntity[], images: readonly KbEntity[]): KbRelation[] {
  return hosts.flatMap((h) =>
    h.relations.filter(
      (r) =>
        (r.type === "SUPPORTS" || r.type === "DOES_NOT_SUPPORT") &&
        r.target !== h.slug &&
        images.some((i) => i.slug === r.target),
    ),
  );
}

/**
 * Whether the host's build runs the kind of container the question names at all: Windows 10
 * 1709 ran Windows containers with Hyper-V isolation only, whatever the image.
 */
function processOn(ctx: AnswerContext, host: NamedBuild): boolean {
  const modes = ctx.reading.entities.filter((e) => e.kind === "CONTAINER_TYPE");
  return !host.systems.some((h) =>
    h.relations.some(
      (r) =>
        modes.some((m) => m.slug === r.target) &&
        r.conditions?.minBuild !== undefined &&
        r.conditions.minBuild !== null &&
        host.build < r.conditions.minBuild,
    ),
  );
}
