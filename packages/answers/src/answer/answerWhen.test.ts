import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

describe("the when executor", () => {
  it("dates when one product became part of another, not when it was later renamed", () => {
    askEach(
      [
        "When did Docker for Windows become part of Docker CE?",
        "In what year did Docker for Windows become a part of Docker Community Edition?",
        "Docker for Windows 是什麼時候併入 Docker CE 的？",
        "Docker for Windows 哪一年并入 Docker 社区版？",
      ],
      (a) => {
        expect(a.text).toMatch(/^(2 March 2017|2017年3月2日)/);
        expect(a.text).not.toContain("2019");
      },
    );
    // The rename itself is still dated from the rename.
    expect(engine.ask("When did Docker for Windows become Docker Desktop?").text).toMatch(/^16 January 2019/);
  });

  it("dates what happened to the story's subject when the asking clause names only the other thing", () => {
    askEach(
      [
        "I've been trying WSL 2 on an Insider build for months. When did it reach the normal release of Windows 10?",
        "WSL 2 現在只能在 Insider 組建上試用，正式版的 Windows 10 什麼時候才會有？",
        "WSL 2 现在只能在 Insider 版本上试用，正式版的 Windows 10 什么时候才会有？",
      ],
      (a) => {
        expect(a.text).toMatch(/^(27 May 2020|2020年5月27日)/);
        expect(a.text).toContain("2004");
      },
    );
  });

  it("dates what the asking clause names when it names two things, not the story's product", () => {
    askEach(
      [
        "聽說博通收購後下載 VMware Workstation 要註冊帳號。博通是哪一年收購 VMware 的？",
        "听说博通收购后下载 VMware Workstation 要注册账号。博通是哪一年收购 VMware 的？",
      ],
      (a) => {
        expect(a.text).toMatch(/^2023年11月22日/);
        expect(a.text).not.toContain("17.6.2");
      },
    );
  });

  it("reads Docker at large as the actor of a when-question, not as a subject the event must be about", () => {
    for (const q of [
      "When did Docker stop developing Docker Toolbox?",
      "Docker 是什麼時候宣布停止開發 Docker Toolbox 的？",
      "Docker 是什么时候宣布停止开发 Docker Toolbox 的？",
    ]) {
      expect(engine.ask(q).text, q).toMatch(/^(19 October 2020|2020年10月19日)/);
    }
  });

  it("dates an event of what came before the subject, which belongs to its story", () => {
    expect(engine.ask("When did WSL lose its beta label?").text).toContain("2017");
  });

  it("dates when an edition got a product, not when the product got something else", () => {
    for (const q of [
      "Windows 10 家用版從什麼時候開始可以裝 Docker Desktop？",
      "Docker Desktop 什么时候开始能装在 Windows 10 家庭版上？",
      "When could Windows 10 Home users first install Docker Desktop?",
    ]) {
      expect(engine.ask(q).text, q).toMatch(/^(11 May 2020|2020年5月11日)/);
    }
  });

  it("dates an acquisition asked with another verb than the facts use", () => {
    for (const q of [
      "When did Broadcom buy VMware?",
      "博通是什麼時候併購 VMware 的？",
      "博通是什么时候买下 VMware 的？",
    ]) {
      expect(engine.ask(q).text, q).toMatch(/^(22 November 2023|2023年11月22日)/);
    }
  });
});
