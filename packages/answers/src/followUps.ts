import type { Graph, KbEntity, Lang } from "@dockerwin/kb";
import type { Reading } from "./read/Reading.js";
import { fill } from "./text/format.js";
import { FOLLOW } from "./text/phrases.js";

const NEXT_OS: Record<string, string> = {
  "windows-7": "windows-10",
  "windows-8": "windows-10",
  "windows-8-1": "windows-10",
  "windows-10": "windows-11",
  "windows-11": "windows-server-2022",
  "windows-server-2016": "windows-server-2019",
  "windows-server-2019": "windows-server-2022",
};

/**
 * Two or three questions worth asking next, built from what the answer is about so that the
 * engine can answer each of them.
 */
export function followUpsFor(graph: Graph, reading: Reading, entities: readonly KbEntity[], lang: Lang): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (!out.includes(s) && s.toLowerCase() !== reading.question.trim().toLowerCase()) out.push(s);
  };
  const name = (e: KbEntity) => e.name[lang];
  const os = entities.find((e) => e.kind === "OS_VERSION" && NEXT_OS[e.slug]);
  if (os) {
    const next = graph.entity(NEXT_OS[os.slug]!);
    if (next) add(fill(FOLLOW.whatAbout, lang, { x: name(next) }));
    add(fill(FOLLOW.dockerOn, lang, { x: name(os) }));
    if (!entities.some((e) => e.slug === "hyper-v")) add(fill(FOLLOW.hyperVOn, lang, { x: name(os) }));
  }
  const main = entities.find((e) => e.kind !== "OS_VERSION" && e.kind !== "COMPANY") ?? entities[0];
  if (main) {
    const alt = graph
      .neighbours(main.slug)
      .find((n) => n.relation.type === "ALTERNATIVE_TO" || n.relation.type === "SUCCEEDED_BY");
    if (alt && reading.intent !== "COMPARE") add(fill(FOLLOW.compare, lang, { x: name(main), y: name(alt.entity) }));
    if (reading.intent !== "WHAT_IS") add(fill(FOLLOW.whatIs, lang, { x: name(main) }));
    if (reading.intent !== "WHEN" && main.since) add(fill(FOLLOW.when, lang, { x: name(main) }));
    if (reading.intent !== "HISTORY" && graph.eventsOf(main.slug).length >= 3)
      add(fill(FOLLOW.timeline, lang, { x: name(main) }));
  }
  for (const ex of FOLLOW.examples) if (out.length < 2) add(ex[lang]);
  return out.slice(0, 3);
}
