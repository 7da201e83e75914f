import type { KbEvent } from "@dockerwin/kb";
import { timeline } from "@dockerwin/kb";
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
  const pool: readonly KbEvent[] = subject
    ? [...new Set(reading.entities.flatMap((e) => timeline(graph, { entity: e.slug })))]
    : timeline(graph, { milestonesOnly: true });
  if (pool.length === 0) return null;
  const chosen = pick(pool);
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
