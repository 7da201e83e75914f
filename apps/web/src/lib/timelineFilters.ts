import { firstParam, isSlug, type SearchParams } from "./params";

/** The timeline's filters, as search parameters: entity, topic, from, to, milestones. */
export interface TimelineFilters {
  entity: string | null;
  topic: string | null;
  from: string | null;
  to: string | null;
  milestones: boolean;
}

const YEAR = /^(19|20)\d{2}$/;
const TOPIC = /^[a-z][a-z0-9-]{0,40}$/;

export function readTimelineFilters(params: SearchParams): TimelineFilters {
  const entity = firstParam(params, "entity");
  const topic = firstParam(params, "topic");
  let from = firstParam(params, "from");
  let to = firstParam(params, "to");
  from = from && YEAR.test(from) ? from : undefined;
  to = to && YEAR.test(to) ? to : undefined;
  if (from && to && from > to) [from, to] = [to, from];
  return {
    entity: isSlug(entity) ? entity : null,
    topic: topic && TOPIC.test(topic) ? topic : null,
    from: from ?? null,
    to: to ?? null,
    milestones: firstParam(params, "milestones") === "1",
  };
}

export function hasFilters(f: TimelineFilters): boolean {
  return Boolean(f.entity || f.topic || f.from || f.to || f.milestones);
}

export function timelineQuery(f: TimelineFilters): string {
  const p = new URLSearchParams();
  if (f.entity) p.set("entity", f.entity);
  if (f.topic) p.set("topic", f.topic);
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.milestones) p.set("milestones", "1");
  const s = p.toString();
  return s ? `?${s}` : "";
}
