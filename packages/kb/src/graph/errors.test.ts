import { describe, expect, it } from "vitest";
import { compileDataSet } from "../compile/compileDataSet.js";
import type { KbBundle } from "../compile/KbBundle.js";
import { loadValid } from "../lint/__fixtures__/fixture.js";
import { Graph } from "./Graph.js";

const graph = new Graph(compileDataSet(loadValid()));

describe("Graph error queries", () => {
  it("lists error entries by slug, with Simplified Chinese derived", () => {
    expect(graph.errors().map((e) => e.slug)).toEqual(["hyper-v-component-not-running", "wsl-kernel-update"]);
    const e = graph.errorBySlug("hyper-v-component-not-running")!;
    expect(e.fix[0]).toMatchObject({ command: "bcdedit /set hypervisorlaunchtype auto", shell: "cmd" });
    expect(e.cause["zh-Hans"]).toBe("开机时 Hypervisor 没有启动。");
    expect(e.conditions).toMatchObject({ os: ["windows-10"], editions: ["pro"], minBuild: null });
    expect(graph.errorBySlug("nothing-like-it")).toBeUndefined();
    expect(graph.errorsAbout("hyper-v").map((x) => x.slug)).toEqual(["hyper-v-component-not-running"]);
    expect(graph.errorsAbout("microsoft")).toEqual([]);
  });

  it("matches a pasted message to its entry, and an unrelated one to none", () => {
    const [hit] = graph.matchError(
      "Unable to start: 'MobyLinuxVM' failed to start.\r\nFailed to start the virtual machine 'MobyLinuxVM' because one of the Hyper-V components is not running.",
    );
    expect(hit).toMatchObject({ matchedBy: "MESSAGE", score: 0.97 });
    expect(hit!.entry.slug).toBe("hyper-v-component-not-running");
    expect(graph.matchError("Error: 0x1bc")[0]).toMatchObject({ matchedBy: "CODE", matched: "0x800701bc" });
    expect(graph.matchError("The weather in Taipei is warm today")).toEqual([]);
  });

  it("has no error entries for a bundle built before they existed", () => {
    // As loadGraph reads an older dist/kb.json: JSON without the field.
    const old = JSON.parse(JSON.stringify({ ...compileDataSet(loadValid()), errors: undefined })) as KbBundle;
    expect(new Graph(old).errors()).toEqual([]);
  });
});
