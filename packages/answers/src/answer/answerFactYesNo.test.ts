import { describe, expect, it } from "vitest";
import { engine } from "../test/engine.js";

describe("a yes or no from the fact that matches the question best", () => {
  it("says no where that fact's closest sentence says something is not so, in each language", () => {
    for (const q of ["Does the Nano Server image include PowerShell?", "Nano Server 的容器映像裡有 PowerShell 嗎？"]) {
      const a = engine.ask(q);
      expect(a.verdict, q).toBe("NO");
    }
  });

  it("reads 'not only' as adding a way, not denying one", () => {
    // The fact: Docker Desktop switches engines "from the command line, not only from the tray menu".
    const a = engine.ask("Is there a command line to switch Docker Desktop to Windows containers?");
    expect(a.verdict).toBe("YES");
    expect(a.text).toContain("SwitchDaemon");
  });

  it("gives no yes from a fact that leads with 'not' and then says how to do without it", () => {
    // The fact: Nano Server images no longer ship PowerShell; to add it, build FROM an image with it.
    const a = engine.ask(
      "1709 之后的 nanoserver 镜像里还带 PowerShell 吗？hello-world 的 nanoserver 版本里调用 powershell 会不会直接挂？",
    );
    expect(a.verdict).not.toBe("YES");
    expect(a.text).toContain("PowerShell");
  });
});
