import type { Relation } from "@/graphql/operations/entity";
import type { EntityRef, RelationDirection, RelationType } from "@/graphql/types";

/** The order relation types are shown in, both in the diagram and in the list. */
export const RELATION_ORDER: readonly RelationType[] = [
  "MADE_BY",
  "VERSION_OF",
  "PART_OF",
  "BASED_ON",
  "IMPLEMENTS",
  "INCLUDES",
  "RUNS_ON",
  "REQUIRES",
  "USES",
  "SUPPORTS",
  "DOES_NOT_SUPPORT",
  "COEXISTS_WITH",
  "CONFLICTS_WITH",
  "ALTERNATIVE_TO",
  "SUCCEEDED_BY",
];

/** Relations that read the same both ways ("conflicts with"): shown once, not once per direction. */
export const SYMMETRIC: ReadonlySet<RelationType> = new Set(["CONFLICTS_WITH", "COEXISTS_WITH", "ALTERNATIVE_TO"]);

/** Relations that say something does not go with the other: drawn dashed and red. */
export const NEGATIVE: ReadonlySet<RelationType> = new Set(["CONFLICTS_WITH", "DOES_NOT_SUPPORT"]);

/**
 * The relations with each symmetric one kept once per other entity, read outwards: the graph
 * stores "A conflicts with B" and the API gives it to B as incoming, the same statement.
 */
export function onceEach<R extends Pick<Relation, "type" | "direction" | "entity">>(relations: readonly R[]): R[] {
  const seen = new Set<string>();
  const out: R[] = [];
  for (const r of relations) {
    if (!SYMMETRIC.has(r.type)) {
      out.push(r);
      continue;
    }
    const key = `${r.type}:${r.entity.slug}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r.direction === "OUTGOING" ? r : { ...r, direction: "OUTGOING" });
  }
  return out;
}

export interface Neighbour {
  entity: EntityRef;
  links: { type: RelationType; direction: RelationDirection }[];
}

/** One neighbour per other entity, with every relation between the two, in display order. */
export function neighbours(relations: readonly Relation[]): Neighbour[] {
  const rank = (t: RelationType) => RELATION_ORDER.indexOf(t);
  const bySlug = new Map<string, Neighbour>();
  for (const r of onceEach(relations)) {
    const n = bySlug.get(r.entity.slug) ?? { entity: r.entity, links: [] };
    if (!n.links.some((l) => l.type === r.type && l.direction === r.direction)) {
      n.links.push({ type: r.type, direction: r.direction });
    }
    bySlug.set(r.entity.slug, n);
  }
  const list = [...bySlug.values()];
  for (const n of list) n.links.sort((a, b) => rank(a.type) - rank(b.type) || a.direction.localeCompare(b.direction));
  return list.sort(
    (a, b) =>
      rank(a.links[0]?.type ?? "MADE_BY") - rank(b.links[0]?.type ?? "MADE_BY") ||
      a.entity.name.localeCompare(b.entity.name),
  );
}

/** How wide text is, in ems: CJK characters count as one, others as about half. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? 1 : /[A-Z]/.test(ch) ? 0.62 : 0.52;
  return w;
}

/** Cuts text to at most `maxEm` ems, with an ellipsis. */
export function clip(text: string, maxEm: number): string {
  if (textWidthEm(text) <= maxEm) return text;
  let out = "";
  for (const ch of text) {
    if (textWidthEm(out + ch) > maxEm - 0.6) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/** Breaks a name into at most two lines of about `maxEm` ems. */
export function wrap(text: string, maxEm: number): string[] {
  if (textWidthEm(text) <= maxEm) return [text];
  const words = text.split(/(?<=\s)|(?=[（(])/);
  const first: string[] = [];
  let i = 0;
  while (i < words.length && textWidthEm([...first, words[i]].join("")) <= maxEm) first.push(words[i++] ?? "");
  if (first.length === 0) return [clip(text, maxEm)];
  return [first.join("").trim(), clip(words.slice(i).join("").trim(), maxEm)].filter(Boolean);
}

export interface PlacedNode extends Neighbour {
  x: number;
  y: number;
  /** Where the label sits relative to the node. */
  anchor: "start" | "middle" | "end";
  labelX: number;
  labelY: number;
  edge: { x1: number; y1: number; x2: number; y2: number; labelX: number; labelY: number; angle: number };
  /** The arrow's direction: out of the centre, into it, or both ways. */
  arrow: "out" | "in" | "both";
}

export interface GraphLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  nodes: PlacedNode[];
  /** Neighbours left out of the drawing (they are in the list). */
  hidden: number;
}

export const MAX_DIAGRAM_NODES = 24;

/** Splits neighbours into the right side (relations going out) and the left (coming in), balanced. */
function sides(shown: readonly Neighbour[]): { left: Neighbour[]; right: Neighbour[] } {
  const right: Neighbour[] = [];
  const left: Neighbour[] = [];
  for (const n of shown) (n.links.every((l) => l.direction === "INCOMING") ? left : right).push(n);
  // Keep the two arcs within a few nodes of each other, so the drawing stays compact.
  while (right.length > left.length + 3) left.push(right.pop() as Neighbour);
  while (left.length > right.length + 3) right.push(left.pop() as Neighbour);
  return { left, right };
}

/**
 * Places the neighbours on two arcs around the centre: relations going out on the right, coming in
 * on the left. Names run outwards from their node and edge labels along their edge, so neither
 * collides however many neighbours there are.
 */
export function layoutGraph(all: readonly Neighbour[], maxNodes = MAX_DIAGRAM_NODES): GraphLayout {
  const shown = all.slice(0, maxNodes);
  const { left, right } = sides(shown);
  const rows = Math.max(left.length, right.length, 1);
  const width = 960;
  const height = Math.max(300, rows * 46 + 90);
  const cx = width / 2;
  const cy = height / 2;
  const rx = width / 2 - 230;
  const ry = height / 2 - 45;
  const spread = (Math.PI / 180) * 62;

  const place = (nb: Neighbour, i: number, count: number, side: 1 | -1): PlacedNode => {
    const t = count === 1 ? 0 : -spread + (2 * spread * i) / (count - 1);
    const x = cx + side * rx * Math.cos(t);
    const y = cy + ry * Math.sin(t);
    const dx = x - cx;
    const dy = y - cy;
    const length = Math.hypot(dx, dy) || 1;
    const ux = dx / length;
    const uy = dy / length;
    // The edge leaves the centre box (220 × 44) and stops just short of the node.
    const exit = Math.min(Math.abs(110 / (ux || 1e-6)), Math.abs(22 / (uy || 1e-6)));
    const x1 = cx + ux * exit;
    const y1 = cy + uy * exit;
    const x2 = x - ux * 9;
    const y2 = y - uy * 9;
    let deg = (Math.atan2(dy, dx) * 180) / Math.PI;
    if (deg > 90) deg -= 180;
    if (deg < -90) deg += 180;
    const mid = 0.55;
    const directions = new Set(nb.links.map((l) => l.direction));
    return {
      ...nb,
      x,
      y,
      anchor: side === 1 ? "start" : "end",
      labelX: x + side * 12,
      labelY: y + 4.5,
      edge: { x1, y1, x2, y2, labelX: x1 + (x2 - x1) * mid, labelY: y1 + (y2 - y1) * mid, angle: deg },
      arrow: directions.size > 1 ? "both" : directions.has("INCOMING") ? "in" : "out",
    };
  };

  const nodes = [
    ...right.map((n, i) => place(n, i, right.length, 1)),
    ...left.map((n, i) => place(n, i, left.length, -1)),
  ];
  return { width, height, cx, cy, nodes, hidden: all.length - shown.length };
}
