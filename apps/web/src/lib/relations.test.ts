import { describe, expect, it } from "vitest";
import { onceEach } from "./relationGraph";
import { langOfName } from "./textLang";

const entity = (slug: string) => ({ slug, name: slug, kind: "TECHNOLOGY" as const });

describe("relations", () => {
  it("a symmetric relation is kept once per other entry, read outwards; others stay as they are", () => {
    const rels = onceEach([
      { type: "CONFLICTS_WITH" as const, direction: "OUTGOING" as const, entity: entity("virtualbox") },
      { type: "CONFLICTS_WITH" as const, direction: "INCOMING" as const, entity: entity("virtualbox") },
      { type: "ALTERNATIVE_TO" as const, direction: "INCOMING" as const, entity: entity("vmware") },
      { type: "REQUIRES" as const, direction: "INCOMING" as const, entity: entity("docker-desktop") },
    ]);
    expect(rels.map((r) => `${r.type}:${r.direction}:${r.entity.slug}`)).toEqual([
      "CONFLICTS_WITH:OUTGOING:virtualbox",
      "ALTERNATIVE_TO:OUTGOING:vmware",
      "REQUIRES:INCOMING:docker-desktop",
    ]);
  });
});

describe("langOfName", () => {
  it("marks a name written in another script than the page's", () => {
    expect(langOfName("適用於 Linux 的 Windows 子系統", "en")).toBe("zh");
    expect(langOfName("Hyper-V", "zh-Hant")).toBe("en");
    expect(langOfName("Hyper-V", "en")).toBeUndefined();
    expect(langOfName("虚拟机", "zh-Hans")).toBeUndefined();
    expect(langOfName("2016", "zh-Hans")).toBeUndefined();
  });

  it("keeps the language the API gave a name where it differs from the page's", () => {
    expect(langOfName({ text: "控制組", lang: "zh-Hant" }, "zh-Hans")).toBe("zh-Hant");
    expect(langOfName({ text: "控制组", lang: "zh-Hans" }, "zh-Hant")).toBe("zh-Hans");
    expect(langOfName({ text: "控制组", lang: "zh-Hans" }, "zh-Hans")).toBeUndefined();
    expect(langOfName({ text: "控制组", lang: "zh-Hans" }, "en")).toBe("zh-Hans");
    expect(langOfName({ text: "博通", lang: "zh" }, "en")).toBe("zh");
    expect(langOfName({ text: "博通", lang: "zh" }, "zh-Hant")).toBeUndefined();
    expect(langOfName({ text: "cgroup", lang: "en" }, "zh-Hant")).toBe("en");
    expect(langOfName({ text: "cgroup", lang: "en" }, "en")).toBeUndefined();
    expect(langOfName({ text: "1607", lang: null }, "zh-Hans")).toBeUndefined();
  });
});
