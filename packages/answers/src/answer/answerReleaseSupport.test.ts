import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

describe("the release-support executor", () => {
  it("settles whether a release is still supported from its end-of-support dates", () => {
    askEach(
      ["Is Windows 10 21H2 still supported?", "Windows 10 21H2 還有支援嗎？", "Windows 10 21H2 还有支持吗？"],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/2023/);
        expect(a.text).toMatch(/2024/);
      },
    );
    const server = engine.ask("Is Windows Server 2016 still supported?");
    expect(server.verdict).toBe("YES");
    expect(server.text).toMatch(/extended support runs until 12 January 2027/);
  });

  it("answers for the edition asked, whose dates may differ", () => {
    const a = engine.ask("Windows 10 21H2 專業版還有支援嗎？");
    expect(a.verdict).toBe("NO");
    expect(a.text).toMatch(/專業版/);
    expect(a.text).not.toMatch(/企業版/);
  });

  it("leaves a question about something the release does to other executors", () => {
    expect(engine.ask("Does Windows Server 2019 support process isolation?").interpretation.executor).not.toBe(
      "releaseSupport",
    );
  });
});

describe("the phase of support asked about", () => {
  it("answers mainstream support by that phase, not by support at all", () => {
    askEach(
      [
        "Is Windows Server 2016 still in mainstream support?",
        "Windows Server 2016 還在主流支援期嗎？",
        "Windows Server 2016 还在主流支持期内吗？",
      ],
      (a) => expect(a.verdict).toBe("NO"),
    );
    expect(engine.ask("Is Windows Server 2016 still supported?").verdict).toBe("YES");
  });
});
