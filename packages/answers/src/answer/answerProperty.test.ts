import { describe, expect, it } from "vitest";
import { engine } from "../test/engine.js";

const verdictOf = (q: string) => engine.ask(q).verdict;

describe("whether something is still maintained, asked in Chinese as people write it", () => {
  it("says no for a product whose typed lifecycle says it has ended", () => {
    for (const q of [
      "docker-machine 還有在維護嗎？",
      "docker-machine 现在还有人在维护吗？",
      "Docker Toolbox 还有人在维护吗？",
      "Docker Toolbox 目前還在更新嗎？",
      "boot2docker 還有人維護嗎？",
      "Is Docker Toolbox still maintained?",
    ])
      expect(verdictOf(q), q).toBe("NO");
  });

  it("says yes for one that is alive, and reads 'no longer maintained' the other way round", () => {
    for (const q of ["Docker Desktop 還有人在維護嗎？", "Docker Desktop 还有人在维护吗？"])
      expect(verdictOf(q), q).toBe("YES");
    expect(verdictOf("Docker Toolbox 已经不再维护了吗？")).toBe("YES");
  });
});
