import { describe, expect, it } from "vitest";
import { clausesOf } from "./clauses.js";

describe("clausesOf", () => {
  it("splits at commas and sentence ends in both languages", () => {
    expect(clausesOf("Hyper-V is off, so can I run VirtualBox? Yes.")).toEqual([
      "Hyper-V is off",
      "so can I run VirtualBox",
      "Yes",
    ]);
    expect(clausesOf("不用 Hyper-V，也不用 WSL 2、能跑吗？")).toEqual(["不用 Hyper-V", "也不用 WSL 2", "能跑吗"]);
  });

  it("keeps version numbers and file names whole", () => {
    expect(clausesOf("Docker Desktop 4.42 needs WSL 15.5.5 or .wslconfig edits")).toEqual([
      "Docker Desktop 4.42 needs WSL 15.5.5 or .wslconfig edits",
    ]);
  });
});
