import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

describe("what the verb asks of: the entity named after it", () => {
  it("gives no verdict from a relation between two things named before the verb", () => {
    for (const q of [
      "Can Docker Desktop's Hyper-V backend use the GPU?",
      "Does the Hyper-V backend of Docker Desktop support GPU acceleration?",
      "Docker Desktop 的 Hyper-V 后端能用显卡吗？",
      "Docker Desktop 的 Hyper-V 後端可以用 GPU 嗎？",
    ]) {
      expect(engine.ask(q).verdict, q).not.toBe("YES");
    }
  });

  it("settles a kind of container asked of a backend by the setup the two name", () => {
    askEach(
      [
        ["Can Docker Desktop's WSL 2 backend run Windows containers?", "NO"],
        ["Docker Desktop 的 WSL 2 后端能跑 Windows 容器吗？", "NO"],
        ["Docker Desktop 的 WSL 2 後端能執行 Windows 容器嗎？", "NO"],
        ["With the Hyper-V backend, can Docker Desktop run Windows containers?", "YES"],
        ["Docker Desktop 改用 Hyper-V 後端以後可以執行 Linux 容器嗎？", "YES"],
        ["Docker Desktop 换成 Hyper-V 后端还能跑 Linux 容器吗？", "YES"],
      ] as const,
      (a, q, want) => {
        expect(a.verdict).toBe(want);
        expect(a.facts.length).toBeGreaterThan(0);
      },
    );
  });

  it("keeps the verdict where the verb's object is one of the two the relation joins", () => {
    expect(engine.ask("Does Windows 7 support Hyper-V?").verdict).toBe("NO");
    expect(engine.ask("Can docker-machine use Hyper-V on Windows 10?").verdict).toBe("YES");
  });
});
