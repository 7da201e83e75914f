import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";

describe("whether a system comes with a thing", () => {
  it("gives no 'yes' where the thing only runs there and is installed separately", () => {
    askEach(
      [
        "Does Windows Server 2019 come with Docker?",
        "Does Windows Server 2022 ship with Docker?",
        "Server 2019 自带 Docker 吗？",
        "Windows Server 2022 內建 Docker 嗎？",
      ],
      (a) => {
        expect(a.verdict).toBeNull();
        expect(a.status).toBe("ANSWERED");
      },
    );
  });

  it("says yes where the data records that the system includes it, on the edition asked", () => {
    askEach(
      [
        "Does Windows 11 Pro come with Hyper-V?",
        "Windows 10 專業版內建 Hyper-V 嗎？",
        "Windows 11 专业版自带 Hyper-V 吗？",
        "Does Docker Desktop include Kubernetes?",
      ],
      (a) => expect(a.verdict).toBe("YES"),
    );
  });

  it("keeps the 'no' for a system the thing does not run on at all", () => {
    askEach(
      [
        "Does Windows 11 Home come with Hyper-V?",
        "Windows 10 家用版內建 Hyper-V 嗎？",
        "Windows 11 家庭版自带 Hyper-V 吗？",
      ],
      (a) => expect(a.verdict).toBe("NO"),
    );
  });

  it("does not read an inclusion of an unnamed thing from a relation between the two it names", () => {
    // Windows Server 1709 and Nano Server are related; whether Nano Server includes PowerShell is
    // a different question, and the facts say it no longer does.
    askEach(
      [
        "Does the Windows Server 1709 nanoserver image include PowerShell?",
        "1709 之后的 nanoserver 镜像里包含 PowerShell 吗？",
        "1709 之後的 nanoserver 映像裡包含 PowerShell 嗎？",
      ],
      (a) => expect(a.verdict).not.toBe("YES"),
    );
  });
});
