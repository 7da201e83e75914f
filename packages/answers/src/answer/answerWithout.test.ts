import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

describe("whether something runs once a part is left out", () => {
  it("says yes where a setup that does without it runs today, and names it", () => {
    askEach(
      [
        "Can I run Docker on Windows without Hyper-V?",
        "我的电脑没有 Hyper-V，能用 Docker 吗？",
        "我的電腦沒有 Hyper-V，能用 Docker 嗎？",
      ],
      (a) => {
        expect(a.interpretation.executor).toBe("without");
        expect(a.verdict).toBe("YES");
        expect(a.text).toMatch(/WSL 2/);
      },
    );
    // A relation to Hyper-V says whether Toolbox uses it, not whether it works without it: its
    // setup does, and says it is deprecated.
    askEach(["Does Docker Toolbox work without Hyper-V?", "Docker Toolbox 不用 Hyper-V 可以用吗？"], (a) => {
      expect(a.interpretation.executor).toBe("without");
      expect(a.text).toMatch(/VirtualBox/);
      expect(a.text).toMatch(/deprecated|弃用|棄用/);
    });
    const server = engine.ask("Can I run Windows containers on Windows Server 2019 without Hyper-V?");
    expect(server.verdict).toBe("YES");
    expect(server.text).toMatch(/process isolation/);
  });

  it("says no where the ways that do without it do not run on the system named", () => {
    askEach(
      [
        "Windows 10 家庭版不装 WSL2 能用 Docker Desktop 吗？",
        "Can I use Docker Desktop on Windows 10 Home without WSL 2?",
      ],
      (a) => {
        expect(a.verdict).toBe("NO");
        expect(a.text).toMatch(/Hyper-V/);
      },
    );
    expect(engine.ask("Windows 10 家用版不用 Hyper-V 可以跑 Windows 容器嗎？").verdict).toBe("NO");
  });

  it("weighs every part left out, only in the clause that leaves it out, and the product named", () => {
    askEach(
      [
        "Can I run Docker Desktop without Hyper-V and without WSL 2?",
        "没有 Hyper-V 也没有 WSL 2，能用 Docker Desktop 吗？",
        // Docker Desktop's Windows containers need Hyper-V: Windows Server's engine is no answer.
        "Can Docker Desktop run Windows containers without Hyper-V?",
        "不開 Hyper-V 的話，Docker Desktop 可以跑 Windows 容器嗎？",
      ],
      (a) => expect(a.verdict).not.toBe("YES"),
    );
    // What is asked of after the comma is not what is left out.
    const bios = engine.ask("Without virtualization enabled in BIOS, can I use WSL 2 for Docker?");
    expect(bios.text).not.toMatch(/Without WSL 2/);
    // A release it ran on before today's requirement is a "partly", not a "no".
    expect(engine.ask("Can I run Docker Desktop on Windows 10 Pro 2004 without Hyper-V?").verdict).toBe("PARTLY");
  });

  it("gives no verdict where every setup of the thing uses the part", () => {
    // Docker Machine has drivers besides VirtualBox's; the setups do not say it cannot do without it.
    askEach(
      [
        "Does docker-machine have a Hyper-V driver I can use instead of VirtualBox on Windows?",
        "Can Docker Toolbox run without VirtualBox?",
      ],
      (a) => {
        expect(a.interpretation.executor).not.toBe("without");
        expect(a.verdict).not.toBe("NO");
      },
    );
  });
});
