import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import { EntityMatcher } from "./EntityMatcher.js";
import { normalize } from "./normalize.js";

const matcher = new EntityMatcher(loadGraph());
const found = (q: string) => {
  const n = normalize(q);
  return matcher.match(n).map((m) => [m.entity.slug, n.compact.slice(m.start, m.end)]);
};

describe("EntityMatcher", () => {
  it("finds Latin names as whole words only, longest first", () => {
    expect(found("Does VirtualBox run beside Hyper-V on Windows 10?")).toEqual([
      ["virtualbox", "virtualbox"],
      ["hyper-v", "hyperv"],
      ["windows-10", "windows10"],
    ]);
    // "windows 10" inside "windows 100" or "hyper v" inside "hypervisor" is no mention.
    expect(found("windows 100 hypervisors")).toEqual([]);
  });

  it("finds Chinese names with no spaces around them, in either script", () => {
    expect(found("在Windows 10上用虛擬機還是容器？")).toEqual([
      ["windows-10", "windows10"],
      ["virtual-machine", "虚拟机"],
      ["containers", "容器"],
    ]);
    expect(found("Docker Desktop需要WSL 2嗎")).toEqual([
      ["docker-desktop", "dockerdesktop"],
      ["wsl-2", "wsl2"],
    ]);
    expect(found("vmware工作站和VMware工作站")).toEqual([
      ["vmware-workstation", "vmware工作站"],
      ["vmware-workstation", "vmware工作站"],
    ]);
  });

  it("finds nothing in a question about something else, or in an empty one", () => {
    expect(found("What is the capital of France?")).toEqual([]);
    expect(found("")).toEqual([]);
    expect(found("𠀀𠀁 windows")).toEqual([]);
  });
});
