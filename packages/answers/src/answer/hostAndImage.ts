import type { Graph, KbEntity } from "@dockerwin/kb";
import type { Lexicon } from "../read/Lexicon.js";
import { normalize } from "../read/normalize.js";

/** A Windows build the question names, with the systems of the graph that have it. */
export interface NamedBuild {
  build: number;
  /** The words that named it ("1909", "ltsc2019", "16299"), as typed (folded). */
  cue: string;
  systems: KbEntity[];
}

/** The host and the image a question sets side by side, each by its build. */
export interface HostAndImage {
  host: NamedBuild;
  image: NamedBuild;
  /**
   * Two revisions of one build are given ("host 17763.1554, image 17763.1518"): whether the
   * revision matters is asked, not whether the build does.
   */
  revisionsDiffer: boolean;
}

interface Mention extends NamedBuild {
  /** Index of its token in the question's tokens. */
  at: number;
  /** The token before it names a system ("Server 2019", "ltsc2019"), so a year is no date. */
  named: boolean;
  revision: number | null;
  /** A version several systems share, read as one by the name written before it ("Windows 10 22H2"). */
  byName: boolean;
}

// "10.0.17763.1554", "16299.*": a five-digit build; the revision is the number after it.
const BUILD = /^\d{5}$/;
// "ltsc2019", "win2012", "2019", "20h2", "1909": a release by its version or year, after a prefix.
const VERSION = /^[a-z]*?(\d{4}|\d{2}h[12])$/;
// Cues further than this many tokens from a build say nothing of it.
const REACH = 3;

/**
 * The host and the image of "Can a 1909 host run ltsc2019 images?", "host OS 16299, container
 * OS 14393", "2022 主機可以跑 20H2 的容器映像嗎": the builds the question names, each claimed by
 * the nearest host or image word of data/lexicon (a tag such as ltsc2019 is an image by itself).
 * Where one side is named and one other system is left, that system is the other side. Null
 * unless each side has exactly one build.
 */
export function hostAndImage(graph: Graph, lexicon: Lexicon, question: string): HostAndImage | null {
  const q = normalize(question);
  const tokens = q.tokens.map((t) => t.text);
  const mentions = mentionsIn(graph, tokens);
  if (mentions.length < 2) return null;
  const side = new Map<Mention, Set<"host" | "image">>();
  const claim = (m: Mention, s: "host" | "image") => side.set(m, (side.get(m) ?? new Set()).add(s));
  for (const [slot, s] of [
    ["hostSide", "host"],
    ["imageSide", "image"],
  ] as const) {
    for (const [start, end] of cueSpans(tokens, cueWords(lexicon, slot))) {
      // The nearest build on either side, within reach; a cue inside a build's token is that build.
      let best: Mention | null = null;
      let gap = Infinity;
      for (const m of mentions) {
        const g = m.at >= end ? m.at - end : m.at < start ? start - m.at - 1 : 0;
        if (g <= REACH && g < gap) [best, gap] = [m, g];
      }
      if (best) claim(best, s);
    }
  }
  const of = (s: "host" | "image") => mentions.filter((m) => side.get(m)?.size === 1 && side.get(m)!.has(s));
  let hosts = of("host");
  let images = of("image");
  // "Will Windows Server 2022 run any Server 2019 image?": the one other system named is the host.
  const left = mentions.filter((m) => !side.has(m) && m.named);
  const distinct = (list: Mention[]) => [...new Set(list.map((m) => m.build))];
  // A build the question writes out is the other side before a shared version read by its name.
  const plain = left.filter((m) => !m.byName);
  const other = plain.length > 0 ? plain : left;
  if (hosts.length === 0 && images.length > 0 && distinct(other).length === 1) hosts = other;
  if (images.length === 0 && hosts.length > 0 && distinct(other).length === 1) images = other;
  if (distinct(hosts).length !== 1 || distinct(images).length !== 1) return null;
  // A year alone ("in 2019") names a system only beside a host or image word.
  const host = hosts.find((m) => m.named || side.has(m))!;
  const image = images.find((m) => m.named || side.has(m))!;
  if (!host || !image) return null;
  // "Our hosts are 17763 and 20348": a third build named beside the two may be a side as well.
  // A shared version read by its name ("…is it like Windows 11 21H2?") is a third side only
  // where a host or image word claims it.
  if (left.some((m) => !m.byName && m.build !== host.build && m.build !== image.build)) return null;
  const revisions = (build: number) =>
    new Set(mentions.filter((m) => m.build === build && m.revision !== null).map((m) => m.revision)).size;
  const revisionsDiffer = revisions(host.build) > 1 || revisions(image.build) > 1;
  return { host, image, revisionsDiffer };
}

/**
 * "Can Windows 10 1909 run 1909 containers…?", then "那 ltsc2019 的映像呢？": a follow-up that
 * names one build, by an image word and with no host word, asks of the earlier question's host:
 * its pair's host, or the one build it named with no image word where that is the build the
 * follow-up's reading carries on as the host's ("Windows 11 … Server 2022 containers" names one
 * build, the image's, and no host build). Null otherwise.
 */
export function imageAfterHost(
  graph: Graph,
  lexicon: Lexicon,
  sentence: string,
  earlier: string,
  hostBuild: number | null,
): HostAndImage | null {
  const tokens = normalize(sentence).tokens.map((t) => t.text);
  if (cueSpans(tokens, cueWords(lexicon, "hostSide")).length > 0) return null;
  if (cueSpans(tokens, cueWords(lexicon, "imageSide")).length === 0) return null;
  const image = soleBuild(mentionsIn(graph, tokens));
  if (!image) return null;
  const pair = hostAndImage(graph, lexicon, earlier);
  if (pair) return { host: pair.host, image, revisionsDiffer: false };
  const before = normalize(earlier).tokens.map((t) => t.text);
  if (cueSpans(before, cueWords(lexicon, "imageSide")).length > 0) return null;
  const host = soleBuild(mentionsIn(graph, before));
  return host && host.build === hostBuild && host.build !== image.build
    ? { host, image, revisionsDiffer: false }
    : null;
}

/** The one build the mentions name, however often; null for none or several. */
function soleBuild(mentions: readonly Mention[]): NamedBuild | null {
  if (new Set(mentions.map((m) => m.build)).size !== 1) return null;
  const m = mentions.find((x) => x.named) ?? null;
  return m && { build: m.build, cue: m.cue, systems: m.systems };
}

/** Whether a sentence names a host or an image, by a word of data/lexicon or by a build. */
export function namesHostOrImage(ctx: { graph: Graph }, lexicon: Lexicon, sentence: string): boolean {
  const tokens = normalize(sentence).tokens.map((t) => t.text);
  return (
    mentionsIn(ctx.graph, tokens).length > 0 ||
    cueSpans(tokens, cueWords(lexicon, "hostSide")).length > 0 ||
    cueSpans(tokens, cueWords(lexicon, "imageSide")).length > 0
  );
}

/** Every build or release the tokens name that the graph knows the build of. */
function mentionsIn(graph: Graph, tokens: readonly string[]): Mention[] {
  const out: Mention[] = [];
  tokens.forEach((t, at) => {
    const plain = BUILD.test(t) ? byBuild(graph, Number(t)) : VERSION.test(t) ? byVersion(graph, t) : null;
    const found = plain ?? (VERSION.test(t) ? releaseAfterName(graph, tokens, at) : null);
    if (!found) return;
    const next = tokens[at + 1];
    const revision = BUILD.test(t) && next && /^\d{1,5}$/.test(next) ? Number(next) : null;
    const before = tokens[at - 1] ?? "";
    const named =
      BUILD.test(t) ||
      !/^\d{4}$/.test(t) ||
      found.systems.some((e) => e.name.en.toLowerCase().split(/\s+/).includes(before));
    out.push({ ...found, cue: t, at, named, revision, byName: plain === null });
  });
  return out;
}

function byBuild(graph: Graph, build: number): NamedBuild | null {
  const systems = buildIndex(graph).get(build);
  return systems ? { build, cue: String(build), systems } : null;
}

const BUILDS = new WeakMap<Graph, ReadonlyMap<number, KbEntity[]>>();

/**
 * The systems of each build, in the graph's order: an OS of that build (a feature update) or
 * with a release of it. Worked out once per graph, not by a walk over every entity per number.
 */
function buildIndex(graph: Graph): ReadonlyMap<number, KbEntity[]> {
  let index = BUILDS.get(graph);
  if (!index) {
    const map = new Map<number, KbEntity[]>();
    for (const e of graph.entities()) {
      if (e.kind !== "OS_VERSION") continue;
      const builds = new Set([Number(e.attributes.build?.value ?? 0), ...e.releases.map((r) => r.build)]);
      for (const b of builds) map.set(b, [...(map.get(b) ?? []), e]);
    }
    BUILDS.set(graph, (index = map));
  }
  return index;
}

const VERSIONS = new WeakMap<Graph, Map<string, Omit<NamedBuild, "cue"> | null>>();

/** "1909", "20h2": a release version with one build; "2019", "ltsc2019": the system of that year. */
function byVersion(graph: Graph, token: string): NamedBuild | null {
  const v = VERSION.exec(token)![1]!;
  let known = VERSIONS.get(graph);
  if (!known) VERSIONS.set(graph, (known = new Map()));
  // What a version names depends on the graph alone: it is worked out once per version.
  let found = known.get(v);
  if (found === undefined) known.set(v, (found = versionIn(graph, v)));
  return found ? { ...found, cue: token } : null;
}

function versionIn(graph: Graph, v: string): Omit<NamedBuild, "cue"> | null {
  const os = graph.entities().filter((e) => e.kind === "OS_VERSION");
  const releases = os.flatMap((e) => e.releases.filter((r) => r.version.toLowerCase() === v).map((r) => ({ e, r })));
  const builds = [...new Set(releases.map((x) => x.r.build))];
  if (builds.length === 1) return { build: builds[0]!, systems: releases.map((x) => x.e) };
  if (builds.length > 1) return null;
  const years = os.filter((e) => e.attributes.build?.value && e.name.en.split(/\s+/).includes(v));
  const yearBuilds = [...new Set(years.map((e) => Number(e.attributes.build!.value)))];
  return yearBuilds.length === 1 ? { build: yearBuilds[0]!, systems: years } : null;
}

const NAMED_RELEASES = new WeakMap<Graph, Map<string, { build: number; e: KbEntity; names: string[][] }[]>>();

/**
 * "Windows 10 22H2", "win11 22h2": a version two systems share is the release of the one whose
 * name or alias the question writes just before it. Null where no such name comes before it.
 */
function releaseAfterName(graph: Graph, tokens: readonly string[], at: number): NamedBuild | null {
  const v = VERSION.exec(tokens[at]!)![1]!;
  let index = NAMED_RELEASES.get(graph);
  if (!index) {
    index = new Map();
    for (const e of graph.entities()) {
      if (e.kind !== "OS_VERSION") continue;
      const names = [e.name.en, ...e.aliases].map((n) => normalize(n).tokens.map((t) => t.text));
      for (const r of e.releases) {
        const key = r.version.toLowerCase();
        index.set(key, [...(index.get(key) ?? []), { build: r.build, e, names }]);
      }
    }
    NAMED_RELEASES.set(graph, index);
  }
  const ends = (name: string[]) =>
    name.length > 0 && name.length <= at && name.every((w, i) => tokens[at - name.length + i] === w);
  const fits = (index.get(v) ?? []).filter((x) => x.names.some(ends));
  const builds = [...new Set(fits.map((x) => x.build))];
  return builds.length === 1 ? { build: builds[0]!, cue: tokens[at]!, systems: fits.map((x) => x.e) } : null;
}

/** A cue as the words of the question it must meet, the last one perhaps only a word's beginning. */
interface CueWords {
  words: readonly string[];
  prefix: boolean;
}

const CUE_WORDS = new WeakMap<Lexicon, Map<string, readonly CueWords[]>>();

/** The host or image cues of data/lexicon as words, normalised once per lexicon, not per question. */
function cueWords(lexicon: Lexicon, slot: string): readonly CueWords[] {
  let bySlot = CUE_WORDS.get(lexicon);
  if (!bySlot) CUE_WORDS.set(lexicon, (bySlot = new Map()));
  let seqs = bySlot.get(slot);
  if (!seqs) {
    const cues = lexicon.cues("marker", slot);
    seqs = [...cues.en, ...cues.zh]
      .map((c) => {
        const prefix = c.endsWith("*");
        return { words: normalize(prefix ? c.slice(0, -1) : c).tokens.map((t) => t.text), prefix };
      })
      .filter((c) => c.words.length > 0);
    bySlot.set(slot, seqs);
  }
  return seqs;
}

/** Where the cues stand in the tokens, as [first, past-last] token indexes. */
function cueSpans(tokens: readonly string[], seqs: readonly CueWords[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const { words, prefix } of seqs) {
      if (i + words.length > tokens.length) continue;
      const last = words.length - 1;
      let ok = true;
      for (let k = 0; ok && k <= last; k++) {
        const t = tokens[i + k]!;
        ok = k === last && prefix ? t.startsWith(words[k]!) && t !== words[k] : t === words[k];
      }
      if (ok) spans.push([i, i + words.length]);
    }
  }
  return spans;
}
