import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { ReferencesResolve } from "./ReferencesResolve.js";

describe("ReferencesResolve", () => {
  it("accepts references that exist", () => expect(run(ReferencesResolve, loadValid())).toEqual([]));

  it("reports a relation to a missing entity the way the issue shows", () => {
    const ds = loadValid();
    const hv = ds.entities.find((e) => e.value.slug === "hyper-v")!;
    hv.value.relations[1]!.target = "windows-77";
    expect(run(ReferencesResolve, ds)).toEqual([
      'data/entities/hyper-v.yaml: relations[1].target "windows-77" is not an entity',
    ]);
  });

  it("reports missing facts and sources wherever they are cited", () => {
    const ds = loadValid();
    ds.events[0]!.value.sources.push("nowhere");
    ds.claims[0]!.value.facts.push("no-such-fact");
    ds.setups[0]!.value.rules[0]!.os = "windows-12";
    expect(run(ReferencesResolve, ds).sort()).toEqual([
      'data/claims.yaml: claims[0].facts[1] "no-such-fact" is not a fact',
      'data/events/history.yaml: events[0].sources[1] "nowhere" is not a source',
      'data/setups/hyper-v-vm.yaml: rules[0].os "windows-12" is not an entity',
    ]);
  });
});
