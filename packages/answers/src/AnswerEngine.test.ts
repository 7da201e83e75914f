import { describe, expect, it } from "vitest";
import { askEach } from "./test/askEach.js";
import { engine } from "./test/engine.js";

describe("createAnswerEngine", () => {
  it("settles a yes/no question from relations and editions", () => {
    expect(engine.ask("Does Windows 7 support Hyper-V?").verdict).toBe("NO");
    expect(engine.ask("Can Windows 10 Pro run Hyper-V?").verdict).toBe("YES");
    expect(engine.ask("Can Windows 10 Home run Hyper-V?").verdict).toBe("NO");
    expect(engine.ask("Does Windows 10 support Hyper-V?").verdict).toBe("PARTLY");
  });

  it("says what works instead when the answer is no", () => {
    const a = engine.ask("Can I use Docker for Windows on Windows 8?");
    expect(a.verdict).toBe("NO");
    expect(a.text).toContain("Docker Toolbox");
  });

  it("reads Docker at large (the engine, containers) beside a Windows version as every setup there", () => {
    askEach(["Can I run Docker Engine on Windows 7?", "Windows 7 能跑容器吗？", "Windows 7 可以跑容器嗎？"], (a) => {
      expect(a.interpretation.executor).toBe("compatibility");
      expect(a.text).toContain("Docker Toolbox");
    });
    // WSL 2 is used by a setup but is not Docker's own: the question is about WSL 2 itself.
    expect(engine.ask("Does WSL 2 run on Windows 10 Home?").interpretation.executor).not.toBe("compatibility");
  });

  it("answers in the question's language and script", () => {
    const hant = engine.ask("Win7 可以安裝 Hyper-V 嗎?");
    expect(hant.language).toBe("zh-Hant");
    expect(hant.text).toMatch(/[\u4e00-\u9fff]/);
    expect(hant.followUps.every((f) => /[\u4e00-\u9fff]/.test(f))).toBe(true);
    const hans = engine.ask("win7 能用 docker 吗?");
    expect(hans.language).toBe("zh-Hans");
    expect(hans.text).not.toMatch(/[們這個為說]/);
    expect(engine.ask("Win7 可以安裝 Hyper-V 嗎?", [], "en").language).toBe("en");
  });

  it("returns the facts it rests on, each with a source", () => {
    const a = engine.ask("Which hypervisor does Docker Toolbox use?");
    expect(a.text).toContain("VirtualBox");
    expect(a.facts.length).toBeGreaterThan(0);
    expect(a.facts.every((f) => f.sources.length > 0)).toBe(true);
    expect(a.followUps.length).toBeGreaterThanOrEqual(2);
  });

  it("corrects the source article instead of repeating it", () => {
    const a = engine.ask("When were Windows containers ready for production?");
    expect(a.text).toMatch(/Server 2016/);
  });

  it("says so when a question is outside the knowledge base, and never guesses", () => {
    askEach(
      [
        "What is the capital of France?",
        "How do I bake sourdough bread?",
        "今天天气怎么样?",
        "Who won the 2018 World Cup?",
      ],
      (a) => {
        expect(a.status).toBe("NOT_FOUND");
        expect(a.facts).toEqual([]);
        expect(a.followUps.length).toBeGreaterThan(0);
      },
    );
  });

  it("answers Docker for Mac's history but not questions about its own parts", () => {
    expect(engine.ask("Which hypervisor did Docker for Mac use at launch?").text).toMatch(/xhyve/);
    for (const q of [
      "Docker Desktop for Mac file sharing: which is faster, osxfs or gRPC FUSE?",
      "Docker for Mac 的檔案共享，osxfs 跟 gRPC FUSE 哪個比較快？",
    ])
      expect(engine.ask(q).status, q).toBe("NOT_FOUND");
  });

  it("leaves a WSL distribution's own DNS out of scope, though its words meet a Windows error's", () => {
    askEach(
      [
        "After wsl --set-version Ubuntu-20.04 2 my sudo apt update fails with Temporary failure resolving 'archive.ubuntu.com'. How do I get DNS working inside Ubuntu again?",
        "把 Ubuntu 转成 WSL 2 以后，sudo apt update 一直报 Temporary failure resolving 'archive.ubuntu.com'，怎么让 Ubuntu 里的 DNS 恢复？",
      ],
      (a) => expect(a.status).toBe("NOT_FOUND"),
    );
    // Docker Desktop's own failed WSL update is still answered from its entry.
    expect(engine.ask("Docker Desktop says: WSL update failed. How do I fix it?").error).not.toBeNull();
  });
});
