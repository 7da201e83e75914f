import { supportStatus, type Graph, type KbEntity, type KbRelease, type SupportStatus } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill, formatDate, listOf } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { osAndBuild } from "./helpers.js";

/**
 * "Is Windows 10 21H2 still supported?", "Windows Server 2016 還有支援嗎？": one OS release named
 * and nothing else, settled by its release table's end-of-support dates on the newest date the
 * knowledge base holds (so the same graph always gives the same answer). Editions with other
 * dates (Home and Pro against Enterprise) make it "partly" unless the question names one.
 */
export function answerReleaseSupport(ctx: AnswerContext): Draft | null {
  const { reading, lang, graph } = ctx;
  if (reading.intent !== "YES_NO") return null;
  // It asks after the release's lifecycle: "maintained", "still supported", "還有支援".
  const family = reading.frame.predicate?.family;
  const now = reading.frame.qualifiers.some((q) => q.slot === "time");
  if (!(family === "status" || (family === "compat" && now))) return null;
  const things = reading.entities.filter((e) => !e.concept);
  const named = things[0];
  if (!named || things.length > 1 || named.kind !== "OS_VERSION") return null;
  const { os, build } = osAndBuild(ctx, named);
  const release = pick(os, build);
  if (!release) return null;
  const on = asOf(graph);
  const edition = reading.edition && os.editions.some((e) => e.id === reading.edition) ? reading.edition : undefined;
  const status = supportStatus(release, on, edition);
  if (status.some((s) => s.state === "unknown")) return null;
  // "Still in mainstream support?": only that phase counts; "extended support?": only that one.
  const phase = reading.frame.qualifiers.find((q) => q.slot === "phase")?.value;
  if (phase === "extended" && status.some((s) => s.state !== "extended" && s.state !== "ended")) return null;
  const live = status.filter((s) => (phase === "mainstream" ? s.state === "supported" : s.state !== "ended"));
  const verdict: Verdict = live.length === status.length ? "YES" : live.length === 0 ? "NO" : "PARTLY";
  const label = `${os.name[lang]} ${release.version}`;
  const parts = [
    fill(verdict === "YES" ? P.yesIs : verdict === "NO" ? P.noIs : P.partly, lang),
    ...status.map((s) => line(ctx, os, label, s)),
    fill(P.asOfData, lang, { date: formatDate(on, lang) }),
  ];
  return { verdict, parts, entities: [named], facts: [], consumed: ["time", "build", "edition", "status", "phase"] };
}

/** The release a build names, or the OS's only release where it has just one. */
function pick(os: KbEntity, build: number | null): KbRelease | undefined {
  if (build !== null) return os.releases.find((r) => r.build === build);
  return os.releases.length === 1 ? os.releases[0] : undefined;
}

function line(ctx: AnswerContext, os: KbEntity, release: string, s: SupportStatus): string {
  const { lang } = ctx;
  const names = (s.editions ?? []).map((id) => os.editions.find((e) => e.id === id)?.name[lang] ?? id);
  const editions = names.length > 0 ? (lang === "en" ? ` (${listOf(names, lang)})` : `（${listOf(names, lang)}）`) : "";
  const date = s.until ? formatDate(s.until, lang) : "";
  const phrase = s.state === "ended" ? P.releaseEnded : s.state === "extended" ? P.releaseExtended : P.releaseSupported;
  return fill(phrase, lang, { release, editions, date });
}

const AS_OF = new WeakMap<Graph, string>();

/** The newest full date of any fact or event: the day the knowledge base speaks from. */
export function asOf(graph: Graph): string {
  let day = AS_OF.get(graph);
  if (day === undefined) {
    const dates = [...graph.bundle.facts.map((f) => f.date), ...graph.bundle.events.map((e) => e.date)].filter(
      (d): d is string => typeof d === "string" && /^\d{4}-\d\d-\d\d$/.test(d),
    );
    day = dates.reduce((a, b) => (b > a ? b : a), "0000-01-01");
    AS_OF.set(graph, day);
  }
  return day;
}
