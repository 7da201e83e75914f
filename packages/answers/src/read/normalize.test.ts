import { describe, expect, it } from "vitest";
import { normalize } from "./normalize.js";

describe("normalize", () => {
  it("folds width, case, script and punctuation", () => {
    expect(normalize("ＷＩＮ７ 能用 Hyper-V 嗎？").folded).toBe("win7 能用 hyper v 吗");
    expect(normalize("虛擬機").compact).toBe(normalize("虚拟机").compact);
  });

  it("keeps word boundaries so aliases match whole words only", () => {
    const n = normalize("Docker on Windows 10");
    expect(n.compact).toBe("dockeronwindows10");
    expect([...n.boundaries].sort((a, b) => a - b)).toEqual([0, 6, 8, 15, 17]);
  });

  it("keeps C# and C++ as words", () => {
    expect(normalize("C# or C++?").tokens.map((t) => t.text)).toEqual(["c#", "or", "c++"]);
  });
});
