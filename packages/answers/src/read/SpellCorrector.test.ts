import { describe, expect, it } from "vitest";
import { editDistance, SpellCorrector } from "./SpellCorrector.js";

const speller = new SpellCorrector(["docker", "toolbox", "hypervisor", "windows", "virtualbox", "which", "uses"]);

describe("SpellCorrector", () => {
  it("corrects typos people make", () => {
    expect(speller.correct("dokcer")).toBe("docker");
    expect(speller.correct("toolbx")).toBe("toolbox");
    expect(speller.correct("hypervisr")).toBe("hypervisor");
    expect(speller.correct("windos")).toBe("windows");
  });

  it("leaves known, short and unrelated words alone", () => {
    expect(speller.correct("uses")).toBe("uses");
    expect(speller.correct("bake")).toBe("bake");
    expect(speller.correct("sourdough")).toBe("sourdough");
    expect(speller.correct("france")).toBe("france");
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("dokcer", "docker")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});
