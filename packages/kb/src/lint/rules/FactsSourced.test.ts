import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { FactsSourced } from "./FactsSourced.js";

describe("FactsSourced", () => {
  it("accepts sourced facts", () => expect(run(FactsSourced, loadValid())).toEqual([]));

  it("reports a fact with no source", () => {
    const ds = loadValid();
    ds.facts[0]!.value.sources = [];
    expect(run(FactsSourced, ds)).toEqual([
      "data/entities/hyper-v.yaml: facts[0].sources is empty: every fact needs a source",
    ]);
  });

  it("reports a confirmed fact that only cites the article", () => {
    const ds = loadValid();
    ds.facts[0]!.value.sources = ["source-article"];
    expect(run(FactsSourced, ds)).toEqual([
      "data/entities/hyper-v.yaml: facts[0].sources cites only the article, so certainty cannot be CONFIRMED",
    ]);
  });

  it("reports an article guess that does not cite the article", () => {
    const ds = loadValid();
    const f = ds.facts.find((x) => x.value.id === "article-hyperv-home")!;
    f.value.certainty = "ARTICLE_GUESS";
    f.value.sources = ["hyperv-requirements"];
    expect(run(FactsSourced, ds)).toEqual([
      'data/facts/article.yaml: facts[0].sources must cite "source-article" for certainty ARTICLE_GUESS',
    ]);
  });

  it("reports an event with no source", () => {
    const ds = loadValid();
    ds.events[0]!.value.sources = [];
    expect(run(FactsSourced, ds)).toEqual([
      "data/events/history.yaml: events[0].sources is empty: every event needs a source",
    ]);
  });
});
