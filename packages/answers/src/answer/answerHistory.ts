import type { KbEvent } from "@dockerwin/kb";
import { timeline } from "@dockerwin/kb";
import { lexiconOf } from "../read/Lexicon.js";
import { fill, formatDate } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";

const MAX_EVENTS = 8;

/**
 * "Give me the timeline of Windows containers": the entity's events in order, milestones kept
 * first when there are too many, one line each.
 */
export function answerHistory(ctx: AnswerContext): Draft | null {
  const { reading, graph, lang } = ctx;
  if (reading.intent !== "HISTORY") return null;
  const subject = reading.entities[0];
  // A history takes in what came before and after: WSL 1 belongs to the story of WSL 2.
  const scope = new Set(reading.entities.map((e) => e.slug));
  for (const e of reading.entities) {
    for (const n of graph.neighbours(e.slug, { type: "SUCCEEDED_BY" })) scope.add(n.entity.slug);
  }
  // "Docker on Windows" is the whole story: the Windows setups and Windows containers.
  const own = new Set(reading.entities.map((e) => e.slug));
  // "Docker on macOS": the products that bring Docker to that OS tell the story.
  const platform = reading.entities.find((e) => e.kind === "OS_VERSION");
  // The subject stands for Docker at large (the engine): the products that bring it tell the story.
  const docker = subject?.asksEverySetup === true && subject.kind === "PRODUCT" ? subject : null;
  if (docker && platform) {
    for (const n of graph.neighbours(platform.slug, { direction: "in" })) {
      if (n.entity.kind === "PRODUCT") own.add(n.entity.slug);
    }
    own.delete(docker.slug);
    for (const slug of own) scope.add(slug);
  } else if (docker && lexiconOf(graph).find(reading.normalized, "marker", "windowsNamed").length > 0) {
    for (const s of graph.bundle.setups) own.add(s.uses[0]!).add(s.containers[0]!);
    own.delete(docker.slug);
    for (const slug of own) scope.add(slug);
  }
  const pool: readonly KbEvent[] = subject
    ? [...new Set([...scope].flatMap((slug) => timeline(graph, { entity: slug })))].sort((a, b) =>
        a.date.localeCompare(b.date),
      )
    : timeline(graph, { milestonesOnly: true });
  if (pool.length === 0) return null;
  // The question's own entities tell the story; related ones fill in around it.
  const primary = pool.filter((ev) => ev.entities.some((s) => own.has(s)));
  const chosen = pick(
    primary.length >= MAX_EVENTS
      ? primary
      : [
          ...primary,
          ...spread(
            pool.filter((ev) => !primary.includes(ev)),
            MAX_EVENTS - primary.length,
          ),
        ],
  );
  const lines = chosen.map((ev) =>
    fill(P.happened, lang, { date: formatDate(ev.date, lang), title: ev.title[lang].replace(/[.。]$/, "") }),
  );
  const intro = subject ? fill(P.timelineOf, lang, { subject: subject.name[lang] }) : fill(P.timeline, lang);
  return {
    verdict: null,
    parts: [intro, lines.join("\n")],
    entities: [...new Set(chosen.flatMap((ev) => ev.entities))].slice(0, 6).flatMap((s) => graph.entity(s) ?? []),
    facts: chosen.flatMap((ev) => ev.facts.slice(0, 1)).flatMap((id) => graph.fact(id) ?? []),
  };
}

/** Milestones first, then one event per year so the whole span shows, then the rest by date. */
function pick(events: readonly KbEvent[]): KbEvent[] {
  if (events.length <= MAX_EVENTS) return [...events];
  const chosen = new Set<KbEvent>(events.filter((e) => e.milestone));
  const years = new Set([...chosen].map((e) => e.date.slice(0, 4)));
  for (const e of events) {
    if (chosen.size >= MAX_EVENTS) break;
    if (!years.has(e.date.slice(0, 4))) {
      chosen.add(e);
      years.add(e.date.slice(0, 4));
    }
  }
  for (const e of events) {
    if (chosen.size >= MAX_EVENTS) break;
    chosen.add(e);
  }
  return [...chosen].sort((a, b) => a.date.localeCompare(b.date));
}

/** Up to n events, one per year first, so related history shows its whole span. */
function spread(events: readonly KbEvent[], n: number): KbEvent[] {
  if (n <= 0) return [];
  const out: KbEvent[] = [];
  const years = new Set<string>();
  for (const e of events)
    if (out.length < n && !years.has(e.date.slice(0, 4)) && years.add(e.date.slice(0, 4))) out.push(e);
  return out;
}
