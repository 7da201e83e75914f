import { describe, expect, it } from "vitest";
import type { Relation } from "@/graphql/operations/entity";
import { buildInRange, buildRangeParts } from "./builds";
import { MAX_QUESTION_LENGTH, readChatParams, shareHref } from "./chat";
import { readCompareItems } from "./compareItems";
import { eventAnchor, factAnchor, readableId } from "./ids";
import { compareHref, switchLocalePath } from "./paths";
import { clip, layoutGraph, neighbours } from "./relationGraph";
import { readTimelineFilters, timelineQuery } from "./timelineFilters";

describe("chat addresses", () => {
  it("share links carry the question and the history", () => {
    expect(shareHref("en", "Can I run Docker on Windows 7?")).toBe(
      "/en?q=Can%20I%20run%20Docker%20on%20Windows%207%3F",
    );
    expect(shareHref("zh-Hant", "那 Windows 10 呢？", ["Windows 7 可以跑 Docker 嗎？"])).toContain("&h=");
  });

  it("reads them back, bounded", () => {
    expect(readChatParams({ q: "  hi  ", h: ["a", "", "b"] })).toEqual({ question: "hi", history: ["a", "b"] });
    expect(readChatParams({ h: "a" })).toEqual({ question: null, history: [] });
    expect(readChatParams({ q: "x".repeat(MAX_QUESTION_LENGTH + 100) }).question).toHaveLength(MAX_QUESTION_LENGTH);
  });
});

describe("ids", () => {
  it("turns the API's global ids into readable anchors", () => {
    expect(readableId("RXZlbnQ6bWljcm9zb2Z0LWRvY2tlci1wYXJ0bmVyc2hpcA")).toBe("microsoft-docker-partnership");
    expect(eventAnchor("RXZlbnQ6bWljcm9zb2Z0LWRvY2tlci1wYXJ0bmVyc2hpcA")).toBe("event-microsoft-docker-partnership");
    expect(factAnchor("RmFjdDp3aW43LW5vLWh5cGVydg")).toBe("fact-win7-no-hyperv");
    expect(readableId("not base64 <>")).toBe("notbase64");
  });
});

describe("paths", () => {
  it("switches the locale and keeps the rest", () => {
    expect(switchLocalePath("/en/compare", "items=a,b", "zh-Hant")).toBe("/zh-Hant/compare?items=a,b");
    expect(switchLocalePath("/zh-Hans", "", "en")).toBe("/en");
  });

  it("writes comparison addresses with plain commas", () => {
    expect(compareHref("en", ["hyper-v", "virtualbox"], true)).toBe("/en/compare?items=hyper-v,virtualbox&diff=1");
  });
});

describe("search parameters", () => {
  it("keeps two to five valid, distinct comparison items", () => {
    expect(readCompareItems({ items: "a,b,a,<x>,c,d,e,f" })).toEqual({
      slugs: ["a", "b", "c", "d", "e"],
      truncated: true,
      onlyDifferences: false,
    });
  });

  it("validates timeline filters and orders the years", () => {
    const f = readTimelineFilters({ entity: "hyper-v", topic: "release", from: "2020", to: "2014", milestones: "1" });
    expect(f).toEqual({ entity: "hyper-v", topic: "release", from: "2014", to: "2020", milestones: true });
    expect(timelineQuery(f)).toBe("?entity=hyper-v&topic=release&from=2014&to=2020&milestones=1");
    expect(readTimelineFilters({ entity: "../x", from: "20x4" })).toEqual({
      entity: null,
      topic: null,
      from: null,
      to: null,
      milestones: false,
    });
  });
});

describe("builds", () => {
  const releases = [
    { version: "1903", build: 18362 },
    { version: "22H2", build: 19045 },
  ];
  it("names a range by its releases", () => {
    expect(buildRangeParts(releases, 18362, 19045)).toEqual({
      from: { version: "1903", build: 18362 },
      to: { version: "22H2", build: 19045 },
    });
    expect(buildRangeParts(releases, 10586, null).from).toEqual({ version: null, build: 10586 });
  });

  it("takes the minimum in and the maximum out", () => {
    expect(buildInRange(18362, 18362, 19045)).toBe(true);
    expect(buildInRange(19045, 18362, 19045)).toBe(false);
    expect(buildInRange(1, null, null)).toBe(true);
  });
});

describe("the relation diagram's layout", () => {
  const rel = (slug: string, type: Relation["type"], direction: Relation["direction"]): Relation => ({
    type,
    direction,
    entity: { slug, name: slug.toUpperCase(), kind: "PRODUCT" },
    conditions: null,
    facts: [],
  });

  it("merges the relations with one neighbour and orders neighbours by relation", () => {
    const ns = neighbours([
      rel("b", "USES", "INCOMING"),
      rel("a", "MADE_BY", "OUTGOING"),
      rel("b", "REQUIRES", "INCOMING"),
      rel("b", "USES", "INCOMING"),
    ]);
    expect(ns.map((n) => n.entity.slug)).toEqual(["a", "b"]);
    expect(ns[1]?.links).toEqual([
      { type: "REQUIRES", direction: "INCOMING" },
      { type: "USES", direction: "INCOMING" },
    ]);
  });

  it("places every shown neighbour inside the picture and counts the hidden ones", () => {
    const many = Array.from({ length: 30 }, (_, i) => rel(`n${i}`, "USES", i % 2 ? "INCOMING" : "OUTGOING"));
    const layout = layoutGraph(neighbours(many), 24);
    expect(layout.nodes).toHaveLength(24);
    expect(layout.hidden).toBe(6);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(layout.width);
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(layout.height);
    }
  });

  it("clips long names", () => {
    expect(clip("Docker Desktop (formerly Docker for Windows)", 10).endsWith("…")).toBe(true);
    expect(clip("WSL 2", 10)).toBe("WSL 2");
  });
});
