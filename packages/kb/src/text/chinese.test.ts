import { describe, expect, it } from "vitest";
import { hasSimplifiedOnly } from "./chinese.js";

describe("hasSimplifiedOnly", () => {
  it("finds Simplified text", () =>
    expect(hasSimplifiedOnly("在命令前加上 winpty，由它提供控制台并运行。")).toBe(true));

  it("accepts Traditional text written with Taiwan's 台", () =>
    expect(hasSimplifiedOnly("在命令前加上 winpty，由它提供主控台。")).toBe(false));

  it("accepts text with no script-specific characters", () => expect(hasSimplifiedOnly("Hyper-V 主機")).toBe(false));
});
