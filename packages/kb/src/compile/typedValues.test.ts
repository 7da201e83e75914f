import { describe, expect, it } from "vitest";
import { repoRoot } from "../cli/repoRoot.js";
import { loadValid } from "../lint/__fixtures__/fixture.js";
import { readDataSet } from "../load/readDataSet.js";
import { withTypedAttribute } from "../lint/__fixtures__/typed.js";
import { compileDataSet } from "./compileDataSet.js";

describe("typed attribute values in the bundle", () => {
  const ds = loadValid();
  withTypedAttribute(ds, "price", "pricing", {
    text: { en: "Free for personal use", "zh-Hant": "個人使用免費" },
    pricing: {
      model: "freemium",
      freeFor: ["personal", "education", "open-source", "small-business"],
      paidFor: ["large-business"],
      includedWith: [],
      since: "2021-08-31",
      smallBusiness: { maxEmployees: 250, maxRevenueUsd: 10000000 },
    },
  });
  const bundle = compileDataSet(ds);
  const hyperV = bundle.entities.find((e) => e.slug === "hyper-v")!;

  it("keeps the typed value beside the prose, so an answer can reason from who pays", () => {
    expect(hyperV.attributes.price!.typed).toEqual({
      type: "pricing",
      model: "freemium",
      freeFor: ["personal", "education", "open-source", "small-business"],
      paidFor: ["large-business"],
      includedWith: [],
      since: "2021-08-31",
      smallBusiness: { maxEmployees: 250, maxRevenueUsd: 10000000 },
    });
    expect(hyperV.attributes.price!.text?.en).toBe("Free for personal use");
    expect(hyperV.attributes.vendor!.typed).toBeNull();
  });

  it("says which attributes are typed, and lists every allowed value", () => {
    expect(bundle.attributes.find((a) => a.key === "price")?.type).toBe("pricing");
    expect(bundle.attributes.find((a) => a.key === "vendor")?.type).toBeNull();
    expect(bundle.valueTypes.audiences).toContain("large-business");
    expect(bundle.valueTypes.licenses).toContainEqual({ id: "proprietary", openSource: false });
    expect(bundle.valueTypes.lifecycleStatuses).toContain("end-of-support");
    expect(bundle.valueTypes.architectures).toEqual(["x86", "x64", "arm64"]);
  });
});

describe("container support and edition sets in the bundle", () => {
  const ds = loadValid();
  withTypedAttribute(ds, "linuxContainers", "containers", {
    text: { en: "In a Linux VM", "zh-Hant": "在 Linux 虛擬機器中" },
    containers: { level: "partly", editions: ["pro"], via: ["linux-vm"], through: ["hyper-v"], preview: false },
  });
  withTypedAttribute(ds, "editions", "editionSet", {
    text: { en: "Windows 10 Pro", "zh-Hant": "Windows 10 專業版" },
    editionSet: [{ os: "windows-10", editions: ["pro"] }],
  });
  const bundle = compileDataSet(ds);
  const hyperV = bundle.entities.find((e) => e.slug === "hyper-v")!;

  it("keeps the level, the route and the editions, so a yes/no on one edition can be settled", () => {
    expect(hyperV.attributes.linuxContainers!.typed).toEqual({
      type: "containers",
      level: "partly",
      editions: ["pro"],
      via: ["linux-vm"],
      through: ["hyper-v"],
      preview: false,
    });
    expect(hyperV.attributes.editions!.typed).toEqual({
      type: "editionSet",
      entries: [{ os: "windows-10", editions: ["pro"] }],
    });
    expect(bundle.valueTypes.containerRoutes).toEqual(["native", "linux-vm", "wsl-2", "lcow"]);
  });
});

describe("the shipped container support and edition sets", () => {
  const bundle = compileDataSet(readDataSet(repoRoot()));
  const typed = (slug: string, key: string) => bundle.entities.find((e) => e.slug === slug)!.attributes[key]!.typed;

  it("say Windows 7 runs Linux containers only in Toolbox's VM, and Windows Server 2016 runs none", () => {
    expect(typed("windows-7", "linuxContainers")).toMatchObject({
      level: "yes",
      via: ["linux-vm"],
      through: ["docker-toolbox"],
    });
    expect(typed("windows-server-2016", "linuxContainers")).toMatchObject({ level: "no", via: [] });
    expect(typed("windows-server-2019", "linuxContainers")).toMatchObject({ via: ["lcow"], preview: true });
  });

  it("say which editions Hyper-V and Windows containers work on, and that Windows 8 has no Home edition", () => {
    expect(typed("hyper-v", "editions")).toMatchObject({
      entries: expect.arrayContaining([{ os: "windows-11", editions: ["pro", "enterprise", "education"] }]),
    });
    expect(typed("windows-containers", "editions")).toMatchObject({
      entries: expect.arrayContaining([{ os: "windows-10", editions: ["pro", "enterprise"] }]),
    });
    const win8 = bundle.entities.find((e) => e.slug === "windows-8")!;
    expect(typed("windows-8", "editions")).toEqual({
      type: "editionSet",
      entries: [{ os: "windows-8", editions: [] }],
    });
    expect(win8.editions.map((e) => e.id)).not.toContain("home");
  });
});
