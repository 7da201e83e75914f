import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

describe("the required-build executor", () => {
  it("says no to a build that is not the requirement, and gives the one that is", () => {
    askEach(["Does WSL 2 need build 18917?", "WSL 2 需要組建 18917 嗎？", "WSL 2 需要内部版本 18917 吗？"], (a) => {
      expect(a.interpretation.executor).toBe("requiredBuild");
      expect(a.verdict).toBe("NO");
      expect(a.text).toMatch(/18362/);
      expect(a.text).toMatch(/1903/);
    });
  });

  it("gives no verdict where the build is the requirement on one architecture and not another", () => {
    const a = engine.ask("WSL 2 需要 18362 以上吗？");
    expect(a.verdict).toBeNull();
    expect(a.text).toMatch(/x64/);
    expect(a.text).toMatch(/19041/);
  });

  it("says nothing where the relations give one system several floors of different times", () => {
    // Docker Desktop's relations to Windows 10 hold 10586 (at launch), 18362 (Home) and 19045 (today).
    expect(engine.ask("Does Docker Desktop require Windows 10 build 19045?").interpretation.executor).not.toBe(
      "requiredBuild",
    );
  });

  it("leaves a requirement of something else, asked on a build, to other executors", () => {
    expect(engine.ask("Does WSL 2 need Hyper-V on build 19041?").interpretation.executor).not.toBe("requiredBuild");
  });
});
