import type { KbEvent } from "../compile/KbBundle.js";
import type { Graph } from "./Graph.js";

export interface TimelineFilter {
  /** Earliest date kept, at any precision: "2015" keeps all of 2015. */
  from?: string;
  /** Latest date kept, at any precision: "2016" keeps all of 2016. */
  to?: string;
  entity?: string;
  topic?: string;
  milestonesOnly?: boolean;
}

/**
 * Events oldest first. Dates compare at the coarser of the two precisions, so an event dated
 * "2016" is kept by from: "2016-08" — it may well have happened then.
 */
export function timeline(graph: Graph, filter: TimelineFilter = {}): KbEvent[] {
  const source = filter.entity ? graph.eventsOf(filter.entity) : graph.bundle.events;
  return source.filter((ev) => {
    if (filter.from && cut(ev.date, filter.from) < cut(filter.from, ev.date)) return false;
    if (filter.to && cut(ev.date, filter.to) > cut(filter.to, ev.date)) return false;
    if (filter.topic && !ev.topics.includes(filter.topic)) return false;
    if (filter.milestonesOnly && !ev.milestone) return false;
    return true;
  });
}

function cut(date: string, other: string): string {
  return date.slice(0, Math.min(date.length, other.length));
}
