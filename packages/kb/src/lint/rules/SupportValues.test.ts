import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { withTypedAttribute } from "../__fixtures__/typed.js";
import { SupportValues } from "./SupportValues.js";

const text = { en: "Pro only", "zh-Hant": "僅專業版" };

describe("SupportValues", () => {
  it("accepts full support with no editions and partial support naming real editions", () => {
    const ds = loadValid();
    const value = withTypedAttribute(ds, "windowsContainers", "support", {
      text,
      support: { level: "yes", editions: [] },
    });
    expect(run(SupportValues, ds)).toEqual([]);
    value.support = { level: "partly", editions: ["pro"] };
    expect(run(SupportValues, ds)).toEqual([]);
  });

  it("reports partial support that names no edition, editions on full support, and unknown editions", () => {
    const ds = loadValid();
    const value = withTypedAttribute(ds, "windowsContainers", "support", {
      text,
      support: { level: "partly", editions: [] },
    });
    expect(run(SupportValues, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.windowsContainers.support level "partly" needs the editions it holds on',
    ]);
    value.support = { level: "no", editions: ["ultimate"] };
    expect(run(SupportValues, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.windowsContainers.support level "no" holds on every edition; list editions only with "partly"',
      'data/entities/hyper-v.yaml: attributes.windowsContainers.support "ultimate" is an edition of no OS',
    ]);
  });
});
