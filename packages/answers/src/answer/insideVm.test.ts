import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import { Reader } from "../read/Reader.js";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

const reader = new Reader(loadGraph());
const slots = (q: string) => reader.read(q, []).frame.qualifiers.map((x) => `${x.slot}:${x.value}`);

describe("Docker Desktop inside a virtual machine", () => {
  it("answers a story that ends asking whether it runs in a VM at all with what a VM needs, not with the story's products", () => {
    askEach(
      [
        "I made a Windows 10 VM in VirtualBox and installed Docker Desktop in it; it crashes on start. Is Docker Desktop not supported inside a virtual machine?",
        "我用 VirtualBox 装了 Win11 虚拟机，Docker Desktop 装好就崩。是不是虚拟机里不能跑 Docker Desktop？",
      ],
      (a) => {
        expect(a.text).toMatch(/nested virtualization|嵌套虚拟化/);
        // Asked the negative ("not supported", 不能), a yes or no would say the opposite of what it means.
        expect(a.verdict).toBeNull();
      },
    );
  });

  it("reads 'on a VM' and 虚拟机上 / 虛擬機器上 as running inside a VM", () => {
    for (const q of [
      "Will Docker Desktop work on a VM hosted in our datacenter?",
      "Can I install Docker Desktop on a virtual machine?",
      "在公司的 Windows 虚拟机上装 Docker Desktop 能用吗？",
      "Docker Desktop 放在虚拟机里面跑可以吗？",
      "在 Windows 虛擬機器上裝 Docker Desktop 可以用嗎？",
      "Docker Desktop 能在虛擬機上執行嗎？",
    ])
      expect(slots(q), q).toContain("host:vm");
    // A VM named by the Windows it runs: the Windows is the guest, the VM the place.
    for (const q of ["Can I use Hyper-V isolation in a Windows 10 VM?", "Can I run Docker Desktop in a Windows 11 VM?"])
      expect(slots(q), q).toContain("host:vm");
    expect(engine.ask("Can I use Hyper-V isolation in a Windows 10 VM?").verdict).not.toBe("YES");
    expect(slots("Can I install Docker Desktop on my laptop?")).not.toContain("host:vm");
    expect(slots("我想在笔记本电脑上装 Docker Desktop，可以吗？")).not.toContain("host:vm");
  });

  it("names nested virtualization as the condition, in each language, and never says no", () => {
    askEach(
      [
        ["Can Docker Desktop run inside a VM on Windows 11 Pro?", /nested virtualization/],
        ["我在虚拟机里装了 Windows 11 专业版，虚拟机里能跑 Docker Desktop 吗？", /嵌套虚拟化/],
        ["我在虛擬機器裡裝了 Windows 11 專業版，虛擬機器裡能跑 Docker Desktop 嗎？", /巢狀虛擬化/],
        ["Does Docker Desktop work on an Azure VM?", /nested virtualization/],
        ["在 Azure 的虚拟机上跑 Docker Desktop 行吗？", /嵌套虚拟化/],
        ["在 Azure 的虛擬機器上跑 Docker Desktop 可以嗎？", /巢狀虛擬化/],
        ["Can I run Docker Engine inside a Windows Server VM?", /nested virtualization only to run Hyper-V-isolated/],
        ["Docker 引擎能在 Windows Server 虚拟机里运行吗？", /嵌套虚拟化/],
        ["Docker Engine 可以在 Windows Server 虛擬機器裡執行嗎？", /巢狀虛擬化/],
      ],
      (a, _q, named) => {
        expect(a.verdict).not.toBe("NO");
        expect(a.text).toMatch(named);
      },
    );
  });

  it("reads a Windows Server VM as inside a VM, and gives Hyper-V isolation there only with nested virtualization", () => {
    expect(slots("Can I use Hyper-V isolation inside a Windows Server virtual machine?")).toContain("host:vm");
    askEach(
      [
        ["Can I use Hyper-V isolation inside a Windows Server virtual machine?", /nested virtualization/],
        ["能在 Windows Server 虚拟机里用 Hyper-V 隔离吗？", /嵌套虚拟化/],
        ["可以在 Windows Server 虛擬機器裡使用 Hyper-V 隔離嗎？", /巢狀虛擬化/],
      ],
      (a, _q, nested) => {
        expect(a.verdict).toBe("PARTLY");
        expect(a.text).toMatch(nested);
      },
    );
  });

  it("gives no verdict where a third thing named, the hypervisor under the VM, may decide it", () => {
    const a = engine.ask("Can Docker for Windows work inside a VirtualBox VM with Windows 10 Enterprise?");
    expect(a.verdict).not.toBe("YES");
    expect(a.verdict).not.toBe("PARTLY");
  });
});
