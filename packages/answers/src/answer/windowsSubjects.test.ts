import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";

// Subjects people name on their own: the two kinds of hypervisor, Docker for Windows' Linux VM,
// Microsoft's image registry and Docker's plans. Each is asked in the three languages, in words
// the data does not use verbatim.
describe("named subjects of Docker on Windows", () => {
  it("tells type 1 (bare-metal) from type 2 (hosted) hypervisors", () => {
    askEach(
      [
        ["Type 1 vs type 2 hypervisor", /bare-metal[\s\S]*hosted/],
        ["How does a hosted hypervisor differ from a bare-metal one?", /bare-metal[\s\S]*hosted/],
        ["第一型和第二型 Hypervisor 有什麼差別？", /裸機[\s\S]*寄宿/],
        ["第一型和第二型虚拟机监控程序有什么区别？", /裸机[\s\S]*寄宿/],
      ],
      (answer, _q, want: RegExp) => {
        expect(answer.status).toBe("ANSWERED");
        expect(answer.text).toMatch(want);
      },
    );
  });

  it("says what the Moby VM is: Docker for Windows' Linux VM on Hyper-V", () => {
    askEach(
      ["What is the Moby VM in Docker for Windows?", "什麼是 MobyLinuxVM？", "Moby 虚拟机是做什么的？"],
      (answer) => {
        expect(answer.status).toBe("ANSWERED");
        expect(answer.text).toMatch(/Hyper-V/);
        expect(answer.text).toMatch(/Linux/);
      },
    );
  });

  it("names the registry of the Windows base images when asked in Taiwan's word for it", () => {
    askEach(["微軟的 Windows 容器映像是放在哪個登錄庫？", "Windows 基礎映像要從哪個登錄庫拉取？"], (answer) => {
      expect(answer.text).toMatch(/mcr\.microsoft\.com/);
    });
  });

  it("names the free plan, Docker Personal", () => {
    askEach(["Docker 的免费方案现在叫什么名字？", "What is Docker's free plan called?"], (answer) => {
      expect(answer.text).toMatch(/Docker Personal/);
    });
  });

  it("names the Host Compute Service when asked in Taiwan's words which API Docker creates containers through", () => {
    askEach(
      ["Docker 在 Windows 上是透過哪個 API 來建立容器的？", "Windows 上的 Docker 是透過什麼 API 建立 Windows 容器？"],
      (answer) => {
        expect(answer.text).toMatch(/HCS|Host Compute Service/);
      },
    );
  });

  it("says how PowerShell gets into a Nano Server image", () => {
    askEach(
      ["How do I add PowerShell to a Nano Server image?", "怎么在 Nano Server 镜像里加上 PowerShell？"],
      (answer) => {
        expect(answer.status).toBe("ANSWERED");
        expect(answer.text).toMatch(/mcr\.microsoft\.com\/powershell/);
        expect(answer.text).toMatch(/COPY/);
      },
    );
    // How to add it is no yes to whether the image ships it.
    askEach(["Does the Nano Server image include PowerShell?", "Nano Server 映像有內建 PowerShell 嗎？"], (answer) => {
      expect(answer.verdict).toBe("NO");
    });
  });
});
