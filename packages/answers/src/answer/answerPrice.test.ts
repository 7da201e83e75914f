import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { createAnswerEngine } from "../AnswerEngine.js";

const engine = createAnswerEngine(loadGraph());

describe("the price executor", () => {
  it("answers whether it costs money the other way round from whether it is free", () => {
    const cost = engine.ask("Does VMware Workstation cost money?");
    expect(cost.verdict).toBe("NO");
    expect(cost.text).toMatch(/^No, it does not cost money/);
    const zh = engine.ask("VMware Workstation 商用要收費嗎？");
    expect(zh.verdict).toBe("NO");
    expect(zh.text.startsWith("不用付費")).toBe(true);
  });

  it("reads who pays", () => {
    expect(engine.ask("Do schools have to pay for Docker Desktop?").verdict).toBe("NO");
    expect(engine.ask("Is Docker Desktop free for a large company?").verdict).toBe("NO");
    expect(engine.ask("我個人自己學習用 Docker Desktop 也要付錢嗎？").verdict).toBe("NO");
    expect(engine.ask("大公司商用 Docker Desktop 要收费吗？").verdict).toBe("YES");
  });

  it("reads a headcount as people write it, and who the writer says they are not", () => {
    // A government office pays whatever its size; it is not a business.
    expect(engine.ask("我們是鄉公所，不到 30 個人，也不是公司。政府單位用 Docker Desktop 要付費嗎？").verdict).toBe(
      "YES",
    );
    expect(engine.ask("我们公司 800 多人，Docker Desktop 还能免费用吗？").verdict).toBe("NO");
    expect(
      engine.ask("Our firm has 1,200 staff. We heard the terms changed. Do we need to pay for Docker Desktop?").verdict,
    ).toBe("YES");
    expect(engine.ask("維護一個非商業的開源專案，Docker Desktop 可以免費用嗎？").verdict).toBe("YES");
  });

  it("says it depends when the question names no user and the terms tell users apart", () => {
    const a = engine.ask("Is Docker Desktop free?");
    expect(a.verdict).toBe("PARTLY");
    expect(a.text).toMatch(/depends on who uses it/);
  });

  it("in a story, prices what the asking sentence names first, or nothing where the data gives that no price", () => {
    const story =
      "We have no licence for Docker Desktop. If we install docker-ce inside a WSL2 distro instead, do we still need a paid subscription?";
    expect(engine.ask(story).interpretation.executor).not.toBe("price");
    const students = engine.ask(
      "Our class uses WSL 2 on the lab laptops. Is Docker Desktop still free for the students there?",
    );
    expect(students.interpretation.executor).toBe("price");
    expect(students.verdict).toBe("YES");
  });

  it("does not price a part the question names by the whole that includes it", () => {
    askEach(
      [
        "Now that big companies must pay for Docker Desktop, do we also have to pay for Docker Engine installed on our Windows Server?",
        "Docker Desktop 改成大公司要買訂閱以後，我們在 Windows Server 上直接裝的 Docker Engine 也要付費嗎？",
      ],
      (a) => {
        expect(a.interpretation.executor).not.toBe("price");
        expect(a.verdict).not.toBe("YES");
      },
    );
  });

  it("prices a part apart from the whole it belongs to, wherever the whole is named", () => {
    for (const q of [
      "Is the VirtualBox Extension Pack free for commercial use at a company?",
      "VirtualBox 扩展包商用免费吗？",
    ]) {
      const a = engine.ask(q);
      expect(a.verdict, q).toBe("NO");
      expect(a.text, q).toMatch(/PUEL/);
    }
    expect(engine.ask("VirtualBox 的 Extension Pack 公司商用要付費嗎？").verdict).toBe("YES");
    expect(engine.ask("Is VirtualBox free for commercial use?").verdict).toBe("YES");
  });
});

describe("who pays, by the size a question states", () => {
  it("compares a headcount and revenue with the small-business limits of the terms", () => {
    for (const [q, verdict] of [
      ["Do I have to pay for Docker Desktop if my company has 100 employees and $5 million revenue?", "NO"],
      ["我們公司 50 名員工、年營收 300 萬美元，用 Docker Desktop 要付費嗎？", "NO"],
      ["Is Docker Desktop free for a firm with 400 employees?", "NO"],
      ["我们公司有 1000 名员工，用 Docker Desktop 免费吗？", "NO"],
      ["Does Docker Desktop cost money for a startup with 20 staff and $15 million in revenue?", "YES"],
    ] as const)
      expect(engine.ask(q).verdict, q).toBe(verdict);
  });

  it("says it depends for business use of unknown size, and no for government", () => {
    for (const q of [
      "Is Docker Desktop free for commercial use?",
      "Docker Desktop 商用免費嗎？",
      "我们公司有 80 名员工，用 Docker Desktop 要付费吗？",
    ])
      expect(engine.ask(q).verdict, q).toBe("PARTLY");
    for (const q of ["Is Docker Desktop free for government agencies?", "政府機關用 Docker Desktop 免費嗎？"])
      expect(engine.ask(q).verdict, q).toBe("NO");
    expect(engine.ask("Is VMware Workstation free for commercial use?").verdict).toBe("YES");
  });

  it("prices a government office as government whatever headcount it gives", () => {
    for (const q of [
      "Is Docker Desktop free for a government agency with 50 staff?",
      "Can a city council of 12 people use Docker Desktop for free?",
      "我们是市政府部门，只有 30 个人，Docker Desktop 免费吗？",
      "Is Docker Desktop free for a state agency with only 15 employees?",
      "政府機關只有 20 名員工，用 Docker Desktop 免費嗎？",
    ])
      expect(engine.ask(q).verdict, q).toBe("NO");
    for (const q of [
      "Is Docker Desktop free for a school with 40 staff?",
      "一所有 60 名员工的大学用 Docker Desktop 免费吗？",
    ])
      expect(engine.ask(q).verdict, q).toBe("YES");
  });
});
