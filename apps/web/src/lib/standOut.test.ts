import { describe, expect, it } from "vitest";
import { standOut } from "./standOut";

describe("standOut", () => {
  it("marks only the cells that differ from what most of the row shares", () => {
    expect(standOut(["Yes", "Yes", "No"])).toEqual([false, false, true]);
    expect(standOut(["Type 1", null, "Type 2", "Type 1"])).toEqual([false, false, true, false]);
  });

  it("marks none when all are equal, all differ, or two values tie", () => {
    expect(standOut(["a", "a", "a"])).toEqual([false, false, false]);
    expect(standOut(["a", "b", "c"])).toEqual([false, false, false]);
    expect(standOut(["a", "a", "b", "b"])).toEqual([false, false, false, false]);
  });
});
