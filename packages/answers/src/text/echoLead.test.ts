import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

describe("the lead of a Chinese yes or no", () => {
  it("echoes how the question asks: 是不是 → 是的, 需不需要 → 不需要, 能不能 → 不行", () => {
    expect(engine.ask("Docker Toolbox 里是不是自带了 VirtualBox？").text).toMatch(/^是的。/);
    askEach(["WSL 2 需不需要 Hyper-V？", "用 WSL 2 要不要开 Hyper-V？", "WSL 2 需要 Hyper-V 嗎？"], (a) => {
      expect(a.verdict).toBe("NO");
      expect(a.text).toMatch(/^不需要。/);
    });
    expect(engine.ask("Windows 10 家用版能不能裝 Hyper-V？").text).toMatch(/^不行。/);
    // A verb, 不 and the verb again says how it asks wherever it stands; otherwise the word nearest the end.
    askEach(["如果可以的话想问：WSL 2 需不需要 Hyper-V？", "请问一下可以吗：WSL 2 需要 Hyper-V 吗？"], (a) =>
      expect(a.text).toMatch(/^不需要。/),
    );
  });

  it("leaves English leads, and leads that say more than yes or no, as they are", () => {
    expect(engine.ask("Does WSL 2 need Hyper-V?").text).toMatch(/^No\./);
    expect(engine.ask("VirtualBox 和 WSL2 能同时运行吗？").text).toMatch(/^有条件可以：/);
  });
});
