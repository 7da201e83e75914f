import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { withTypedAttribute } from "../__fixtures__/typed.js";
import { ArchitectureValues } from "./ArchitectureValues.js";

const text = { en: "x64; Arm in preview", "zh-Hant": "x64；Arm 為預覽" };

describe("ArchitectureValues", () => {
  it("accepts supported and preview architectures that do not overlap", () => {
    const ds = loadValid();
    withTypedAttribute(ds, "architectures", "architectures", {
      text,
      architectures: { supported: ["x64"], preview: ["arm64"] },
    });
    expect(run(ArchitectureValues, ds)).toEqual([]);
  });

  it("reports an architecture listed as both supported and preview", () => {
    const ds = loadValid();
    withTypedAttribute(ds, "architectures", "architectures", {
      text,
      architectures: { supported: ["x64", "arm64"], preview: ["arm64"] },
    });
    expect(run(ArchitectureValues, ds)).toEqual([
      "data/entities/hyper-v.yaml: attributes.architectures.architectures arm64 cannot be both supported and preview",
    ]);
  });
});
