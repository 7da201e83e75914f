import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import type { AnswerContext } from "./Draft.js";
import { factsAbout } from "./helpers.js";

const graph = loadGraph();
const ctx = { graph } as AnswerContext;

describe("factsAbout", () => {
  it("gives one entity's facts in the graph's order, its own first", () => {
    for (const e of graph.bundle.entities.slice(0, 20)) {
      expect(factsAbout(ctx, [e]).map((f) => f.id)).toEqual(graph.factsOf(e.slug).map((f) => f.id));
    }
  });

  it("puts the facts that name both of two entities first, each fact once, the rest in their order", () => {
    // Two entities some fact names together, found in the data rather than named here.
    const shared = graph.bundle.facts.find((f) => f.entities.length >= 2)!;
    const [a, b] = shared.entities.slice(0, 2).map((s) => graph.entity(s)!);
    const got = factsAbout(ctx, [a!, b!]);
    const both = (f: { entities: readonly string[] }) => f.entities.includes(a!.slug) && f.entities.includes(b!.slug);
    expect(new Set(got).size).toBe(got.length);
    expect(got.length).toBe(new Set([...graph.factsOf(a!.slug), ...graph.factsOf(b!.slug)]).size);
    const firstSingle = got.findIndex((f) => !both(f));
    expect(got.slice(0, firstSingle).every(both)).toBe(true);
    expect(got.slice(firstSingle).some(both)).toBe(false);
    const rest = [...graph.factsOf(a!.slug), ...graph.factsOf(b!.slug)].filter((f) => !both(f));
    expect(got.slice(firstSingle)).toEqual(rest);
  });
});
