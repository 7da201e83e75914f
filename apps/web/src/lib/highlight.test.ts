import { describe, expect, it } from "vitest";
import { highlight } from "./highlight";

const marked = (text: string, q: string) =>
  highlight(text, q)
    .filter((p) => p.match)
    .map((p) => p.text);

describe("highlight", () => {
  it("marks the query's words, whatever their case", () => {
    expect(marked("Hyper-V isolation runs each container in a VM", "hyper isolation")).toEqual(["Hyper", "isolation"]);
    expect(
      highlight("Hyper-V", "hyper")
        .map((p) => p.text)
        .join(""),
    ).toBe("Hyper-V");
  });

  it("marks Chinese characters, and no one-letter Latin word", () => {
    expect(marked("Windows 容器使用主機核心", "容器")).toEqual(["容器"]);
    expect(marked("a Docker VM", "a")).toEqual([]);
  });
});
