import type { Graph, KbEntity, Lang } from "@dockerwin/kb";
import type { Reading } from "./read/Reading.js";
import { fill } from "./text/format.js";
import { FOLLOW } from "./text/phrases.js";

/**
 * The OS worth asking about after this one: its successor in the graph (SUCCEEDED_BY); of two,
 * the one the graph says more about (Windows Server 2019 rather than the short-lived 1709).
 */
function nextOs(graph: Graph, os: KbEntity): KbEntity | undefined {
  let known = NEXT.get(graph);
  if (!known) NEXT.set(graph, (known = new Map()));
  if (known.has(os.slug)) return known.get(os.slug);
  const next = graph.neighbours(os.slug, { type: "SUCCEEDED_BY", direction: "out" }).map((n) => n.entity);
  const found = next.sort((a, b) => graph.neighbours(b.slug).length - graph.neighbours(a.slug).length)[0];
  known.set(os.slug, found);
  return found;
}

/** Each entity's next OS, worked out once per graph: every answer about an OS asks it. */
const NEXT = new WeakMap<Graph, Map<string, KbEntity | undefined>>();

const CENTRAL = new WeakMap<Graph, KbEntity | null>();

/**
 * The hypervisor most of the graph's OS relations concern (Hyper-V): asked about an OS, whether
 * it runs that hypervisor is the next thing people ask. Worked out once per graph.
 */
function centralHypervisor(graph: Graph): KbEntity | null {
  let known = CENTRAL.get(graph);
  if (known === undefined) {
    const count = (e: KbEntity) => graph.neighbours(e.slug).filter((n) => n.entity.kind === "OS_VERSION").length;
    known =
      graph.bundle.entities
        .filter((e) => e.kind === "HYPERVISOR")
        .sort((a, b) => count(b) - count(a) || a.slug.localeCompare(b.slug))[0] ?? null;
    CENTRAL.set(graph, known);
  }
  return known;
}

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
  // A Windows release the graph tells the successor of: what about the next one, Docker on it,
  // and the hypervisor the graph relates it to.
  const os = entities.find((e) => e.kind === "OS_VERSION" && nextOs(graph, e));
  if (os) {
    const next = nextOs(graph, os)!;
    add(fill(FOLLOW.whatAbout, lang, { x: name(next) }));
    add(fill(FOLLOW.dockerOn, lang, { x: name(os) }));
    const hv = centralHypervisor(graph);
    const related = hv !== null && graph.neighbours(os.slug).some((n) => n.entity === hv);
    if (hv && related && !entities.includes(hv)) add(fill(FOLLOW.supportOn, lang, { x: name(os), y: name(hv) }));
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
