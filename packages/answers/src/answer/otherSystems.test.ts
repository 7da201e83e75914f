import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";

describe("whether a thing requires one of the systems it runs on", () => {
  it("says no to a Windows it needs only as one choice of several, naming another that does", () => {
    askEach(
      [
        ["Does Docker Desktop require Windows 11?", /Windows 10/],
        ["Do I need Windows 11 to run Docker Desktop?", /Windows 10/],
        ["Docker Desktop 需要 Windows 11 吗？", /Windows 10/],
        ["Docker Desktop 一定要 Windows 11 嗎？", /Windows 10/],
        ["Does Docker Desktop need Windows 10?", /Windows 11/],
        ["Does WSL 2 require Windows 11?", /Windows 10/],
        ["WSL 2 一定要 Windows 11 吗？", /Windows 10/],
        ["WSL 2 需要 Windows 11 嗎？", /Windows 10/],
      ],
      (a, _q, other) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(other);
      },
    );
  });

  it("says no to an edition that every other edition can stand in for", () => {
    askEach(
      [
        ["Does Docker Desktop need the Pro edition?", /Home/],
        ["Docker Desktop 一定要专业版吗？", /家庭版/],
        ["Docker Desktop 一定要專業版嗎？", /家用版/],
      ],
      (a, _q, home) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(home);
      },
    );
  });

  it("gives no 'no' where a floor is asked of, or a build, or something else the system does without", () => {
    askEach(
      [
        "Does Docker Desktop require Windows 10 or later?",
        "Does Docker Desktop need Windows 10 22H2?",
        "Which Windows 10 build does Docker Desktop need today?",
        "Docker Desktop 现在要求 Windows 11 哪个版本？",
        "Win10 上有没有不需要 Hyper-V 的 docker？",
      ],
      (a) => expect(a.verdict).not.toBe("NO"),
    );
  });
});
