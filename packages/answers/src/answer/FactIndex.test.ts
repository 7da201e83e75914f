import { describe, expect, it } from "vitest";
import { Reader } from "../read/Reader.js";
import { FactIndex } from "./FactIndex.js";
import { engine, graph } from "../test/engine.js";

const reader = new Reader(graph);
const index = new FactIndex(graph);

describe("the fact index", () => {
  it("weighs the words of the sentence that asks above the story before it", () => {
    const r = reader.read("I turned on Hyper-V and restarted twice. Which ports does it need?");
    const w = index.weigh(r);
    expect(w.get("port")).toBe(1);
    expect(w.get("restart")).toBeLessThan(1);
    const zh = reader.read("我已經重新開機兩次了。它需要哪些連接埠？");
    const wz = index.weigh(zh);
    expect(wz.get("連接") ?? wz.get("连接")).toBe(1);
    expect(wz.get("重新") ?? 0).toBeLessThan(1);
  });

  it("weighs every word alike in a message that is its question", () => {
    const r = reader.read("Which ports does Docker Desktop need for Hyper-V?");
    expect([...index.weigh(r).values()].every((w) => w === 1)).toBe(true);
  });

  it("weighs the clause that asks above the rest of its sentence", () => {
    const r = reader.read("Linux 容器靠 cgroups 限制記憶體，那 Windows 容器的資源限制靠什麼實現？");
    const w = index.weigh(r);
    expect(Math.max(...["資源", "资源"].map((t) => w.get(t) ?? 0))).toBe(1);
    expect(Math.max(...["記憶", "记忆"].map((t) => w.get(t) ?? 0))).toBeLessThan(1);
  });

  it("answers the question a long message asks, not the claims of its story", () => {
    const en = engine.ask(
      "The install page suggests that Build 18362 is sufficient for WSL2, but other resources suggest WSL2 requires Build 19041. Which build does WSL 2 actually need?",
    );
    expect(en.text).toMatch(/^WSL 2/);
    expect(en.text).toContain("18362");
    const zh = engine.ask(
      "網路上說 WSL 2 需要 19041 以上的組建，可是安裝頁面又寫 18362 就夠了。WSL 2 到底需要哪個組建？",
    );
    expect(zh.text).toMatch(/^WSL 2/);
    expect(zh.text).toContain("18362");
  });

  it("scores a long fact that meets a question's words by chance below a short one that meets as many", () => {
    const long = graph.bundle.facts.reduce((a, b) => (a.text.en.length > b.text.en.length ? a : b));
    const terms = [...new Set(long.text.en.toLowerCase().match(/[a-z]{5,}/g) ?? [])].slice(0, 3);
    expect(index.focusedScore(long, terms)).toBeLessThan(index.score(long, terms));
  });

  it("credits a fact that says what the question asks of its subject, in other words or the other language", () => {
    const says = graph.fact("virtualbox-7-2-whp")!;
    const other = graph.fact("docker-cgroups")!;
    for (const q of [
      "Can VirtualBox and Hyper-V be used at the same time?",
      "VirtualBox 能不能跟 Hyper-V 同時使用？",
      "VirtualBox 能不能跟 Hyper-V 同时使用？",
    ]) {
      const r = reader.read(q);
      expect(index.predicateScore(says, r), q).toBeGreaterThan(0);
      expect(index.predicateScore(other, r), q).toBe(0);
    }
  });

  it("finds the entities the clause that asks names, apart from the story's", () => {
    for (const q of [
      "On Linux, cgroups cap a container's memory, so what caps the memory of Windows containers?",
      "Linux 上是 cgroups 在限制容器的記憶體，那 Windows 容器的記憶體上限是靠什麼？",
      "Linux 上是 cgroups 在限制容器的内存，那 Windows 容器的内存上限是靠什么？",
    ]) {
      const focus = index.focusEntities(reader.read(q));
      expect(focus.has("windows-containers"), q).toBe(true);
      expect(focus.has("cgroups"), q).toBe(false);
    }
    // A message that is its question has no story to set apart.
    expect(index.focusEntities(reader.read("Does WSL 2 need Hyper-V?")).size).toBe(0);
  });

  it("scores a word named twice once, and a list of words or its weights alike however often they are asked", () => {
    const r = reader.read("Can Windows 10 Home run Hyper-V, or only Windows 10 Pro?");
    const weighted = index.weigh(r);
    const fact = graph.factsOf(r.entities[0]!.slug)[0]!;
    const once = index.score(fact, r.terms);
    expect(index.score(fact, [...r.terms, ...r.terms])).toBe(once);
    expect(index.score(fact, r.terms)).toBe(once);
    expect(index.score(fact, [...r.terms])).toBe(once);
    // Every word counts in full in a message that is its question, so the weights change nothing.
    expect(index.score(fact, weighted)).toBe(once);
    expect(index.score(fact, new Map([...weighted].map(([t]) => [t, 0.5])))).toBeCloseTo(once / 2, 10);
    const zh = reader.read("Windows 10 家用版可以執行 Hyper-V 嗎？");
    const zhFact = graph.factsOf(zh.entities[0]!.slug)[0]!;
    expect(index.score(zhFact, [...zh.terms, ...zh.terms])).toBe(index.score(zhFact, zh.terms));
  });

  it("tells a fact about a sibling of the question's subject from one about the subject", () => {
    const r = reader.read("From which release can VMware Workstation run next to Hyper-V?");
    expect(index.offSubject(graph.fact("virtualbox-7-2-whp")!, r)).toBe(true);
    expect(index.offSubject(graph.fact("vmware-1555-hyperv-mode")!, r)).toBe(false);
    // A thing of the kind the question asks for is the answer, not a sibling.
    const which = reader.read("Which hypervisor can run beside VMware Workstation?");
    expect(index.offSubject(graph.fact("virtualbox-7-2-whp")!, which)).toBe(false);
    const zh = reader.read("VMware Workstation 哪一版可以和 Hyper-V 並存？");
    expect(index.offSubject(graph.fact("virtualbox-7-2-whp")!, zh)).toBe(true);
  });

  it("reads a question for a version, not a yes/no question, a date or an OS release", () => {
    const asks = (q: string) => index.asksVersion(reader.read(q));
    expect(asks("Which Docker Engine version removed LCOW?")).toBe(true);
    expect(asks("LCOW 是在哪一版被移除的？")).toBe(true);
    expect(asks("LCOW 是在哪个版本被移除的？")).toBe(true);
    expect(asks("Does VirtualBox version 6 work with Hyper-V?")).toBe(false);
    expect(asks("Which Windows 10 version first shipped WSL?")).toBe(false);
    expect(asks("What's the Fall Creators Update?")).toBe(false);
  });

  it("counts version numbers, not builds with a revision or the name of Windows 8.1", () => {
    expect(FactIndex.statesVersion("Docker for Windows 18.06.0-ce-win70 added Kubernetes.")).toBe(true);
    expect(FactIndex.statesVersion("starting with version 17.5.2.")).toBe(true);
    expect(FactIndex.statesVersion("needs build 19041.264 or later")).toBe(false);
    expect(FactIndex.statesVersion("Windows 8.1 has Hyper-V")).toBe(false);
  });

  it("lets a qualifier the question gives meet a fact that states it in other cue words", () => {
    // "on Arm" / "Arm 版" in the question, "Arm build" in the fact: the qualifier is shared.
    const arm = graph.fact("dd-arm-wsl2-only")!;
    for (const q of [
      "What does Docker Desktop offer on an ARM64 laptop?",
      "Docker Desktop 在 Arm 版 Windows 上有什麼？",
      "Docker Desktop 在 Arm 版 Windows 上有什么？",
    ]) {
      const r = reader.read(q);
      const plain = reader.read(q.replace(/ARM64|Arm 版 /g, ""));
      expect(index.score(arm, index.weigh(r)), q).toBeGreaterThan(index.score(arm, index.weigh(plain)));
    }
  });
});
