import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { withTypedAttribute } from "../__fixtures__/typed.js";
import { ContainerSupportValues } from "./ContainerSupportValues.js";

const text = { en: "In a Linux VM", "zh-Hant": "在 Linux 虛擬機器中" };
const full = { level: "yes" as const, editions: [], via: ["linux-vm" as const], through: ["hyper-v"], preview: false };

describe("ContainerSupportValues", () => {
  it("accepts a route with real products, and partial support naming real editions", () => {
    const ds = loadValid();
    const value = withTypedAttribute(ds, "linuxContainers", "containers", { text, containers: full });
    expect(run(ContainerSupportValues, ds)).toEqual([]);
    value.containers = { ...full, level: "partly", editions: ["pro"] };
    expect(run(ContainerSupportValues, ds)).toEqual([]);
    value.containers = { level: "no", editions: [], via: [], through: [], preview: false };
    expect(run(ContainerSupportValues, ds)).toEqual([]);
  });

  it("reports support without a route, no support with one, and products that do not exist", () => {
    const ds = loadValid();
    const value = withTypedAttribute(ds, "linuxContainers", "containers", {
      text,
      containers: { ...full, via: [], through: ["docker-toolbox"] },
    });
    expect(run(ContainerSupportValues, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.linuxContainers.containers level "yes" needs the route the containers run by (via)',
      'data/entities/hyper-v.yaml: attributes.linuxContainers.containers through "docker-toolbox" is not an entity',
    ]);
    value.containers = { ...full, level: "no" };
    expect(run(ContainerSupportValues, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.linuxContainers.containers level "no" runs nothing, so it names no route (via) and no product (through)',
    ]);
  });

  it("reports editions on full support, none on partial support, and editions no OS has", () => {
    const ds = loadValid();
    const value = withTypedAttribute(ds, "linuxContainers", "containers", {
      text,
      containers: { ...full, editions: ["pro"] },
    });
    expect(run(ContainerSupportValues, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.linuxContainers.containers level "yes" holds on every edition; list editions only with "partly"',
    ]);
    value.containers = { ...full, level: "partly" };
    expect(run(ContainerSupportValues, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.linuxContainers.containers level "partly" needs the editions it holds on',
    ]);
    value.containers = { ...full, level: "partly", editions: ["ultimate"] };
    expect(run(ContainerSupportValues, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.linuxContainers.containers "ultimate" is an edition of no OS',
    ]);
  });

  it("holds an OS to its own editions", () => {
    const ds = loadValid();
    withTypedAttribute(ds, "linuxContainers", "containers", { text, containers: full });
    const win10 = ds.entities.find((e) => e.value.slug === "windows-10")!.value;
    win10.attributes.linuxContainers = { text, containers: { ...full, level: "partly", editions: ["education"] } };
    expect(run(ContainerSupportValues, ds)).toEqual([
      'data/entities/windows-10.yaml: attributes.linuxContainers.containers "education" is not an edition of "windows-10"',
    ]);
  });
});
