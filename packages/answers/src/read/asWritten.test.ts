import { describe, expect, it } from "vitest";
import { asWritten } from "./asWritten.js";

describe("asWritten", () => {
  it("gives back a folded word in the writer's script and case", () => {
    expect(asWritten("在虛擬機器裡跑 Docker Desktop 可以嗎？", "虚拟机器里")).toBe("虛擬機器裡");
    expect(asWritten("Can Docker run on a KVM guest?", "kvm guest")).toBe("KVM guest");
    expect(asWritten("防毒軟體會拖慢 WSL 2 嗎？", "防毒软体")).toBe("防毒軟體");
  });

  it("leaves a word the question does not hold as it is", () => {
    expect(asWritten("Does it run on Windows 7?", "antivirus")).toBe("antivirus");
  });
});
