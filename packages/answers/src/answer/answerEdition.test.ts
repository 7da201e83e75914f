import { describe, expect, it } from "vitest";
import { engine } from "../test/engine.js";

describe("whether an OS has an edition", () => {
  it("says no for an edition the OS never had, naming it as each language and script writes it", () => {
    const cases: [string, RegExp, RegExp][] = [
      ["Does Windows 8 have a Home edition?", /Windows 8 has no Home edition/, /家/],
      ["Windows 8 有家庭版吗？", /没有家庭版/, /家用版/],
      ["Windows 8 有家用版嗎？", /沒有家用版/, /家庭版/],
    ];
    for (const [q, says, never] of cases) {
      const a = engine.ask(q);
      expect(a.verdict, q).toBe("NO");
      expect(a.interpretation.executor, q).toBe("edition");
      expect(a.text, q).toMatch(says);
      expect(a.text, q).not.toMatch(never);
    }
  });

  it("leaves a question about what an edition has to the other executors", () => {
    for (const q of ["Does the Home edition of Windows 10 have Hyper-V?", "家庭版 Windows 10 有 Hyper-V 吗？"])
      expect(engine.ask(q).interpretation.executor, q).not.toBe("edition");
  });
});
