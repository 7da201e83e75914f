import { describe, expect, it } from "vitest";
import { repoRoot } from "../cli/repoRoot.js";
import { compileDataSet } from "../compile/compileDataSet.js";
import { Graph } from "../graph/Graph.js";
import { readDataSet } from "../load/readDataSet.js";
import { oneEditApart, SearchIndex } from "./SearchIndex.js";

const index = new SearchIndex(new Graph(compileDataSet(readDataSet(repoRoot()))));
const slugs = (q: string) => index.search(q, 5).map((h) => h.entity?.slug ?? h.fact?.id);

describe("search ranks names first", () => {
  it("a name's prefix finds the shortest such name first", () => {
    expect(slugs("hyper")[0]).toBe("hyper-v");
    expect(slugs("hyper").indexOf("hyper-v")).toBeLessThan(slugs("hyper").indexOf("hyper-v-isolation"));
  });

  it("a name one typo away is found", () => {
    expect(slugs("wls2")[0]).toBe("wsl-2");
    expect(slugs("virtualbxo")[0]).toBe("virtualbox");
  });

  it("an exact name still comes first", () => {
    expect(slugs("Hyper-V isolation")[0]).toBe("hyper-v-isolation");
  });

  it("keeps scores in the order of the hits", () => {
    for (const q of ["hyper", "microsoft", "wls2", "docker desktop on windows home"]) {
      const scores = index.search(q, 10).map((h) => h.score);
      expect(
        [...scores].sort((a, b) => b - a),
        q,
      ).toEqual(scores);
    }
  });
});

describe("oneEditApart", () => {
  it("a swap, a change, an insertion or a deletion, nothing more", () => {
    expect(oneEditApart("wsl2", "wls2")).toBe(true);
    expect(oneEditApart("docker", "dockre")).toBe(true);
    expect(oneEditApart("docker", "docke")).toBe(true);
    expect(oneEditApart("docker", "dacker")).toBe(true);
    expect(oneEditApart("docker", "dokcre")).toBe(false);
    expect(oneEditApart("docker", "docker")).toBe(false);
  });
});
