import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { BilingualText } from "./BilingualText.js";

describe("BilingualText", () => {
  it("accepts English and Traditional Chinese", () => expect(run(BilingualText, loadValid())).toEqual([]));

  it("reports empty English or Chinese", () => {
    const ds = loadValid();
    const hv = ds.entities.find((e) => e.value.slug === "hyper-v")!;
    hv.value.summary["zh-Hant"] = " ";
    hv.value.facts[0]!.text.en = "";
    expect(run(BilingualText, ds).sort()).toEqual([
      "data/entities/hyper-v.yaml: facts[0].text.en is empty",
      "data/entities/hyper-v.yaml: summary.zh-Hant is empty",
    ]);
  });

  it("reports a Chinese sentence that is really English", () => {
    const ds = loadValid();
    ds.claims[0]!.value.claim["zh-Hant"] = "Home editions cannot run Hyper-V at all.";
    expect(run(BilingualText, ds)).toEqual(["data/claims.yaml: claims[0].claim.zh-Hant has no Chinese in it"]);
  });

  it("reports zh-Hant written in Simplified script", () => {
    const ds = loadValid();
    ds.events[0]!.value.title["zh-Hant"] = "Hyper-V 正式发布，虚拟机软件";
    expect(run(BilingualText, ds)).toEqual([
      'data/events/history.yaml: events[0].title.zh-Hant is written in Simplified script ("Hyper-V 正式发布，虚拟机软件")',
    ]);
  });
});
