import { describe, expect, it } from "vitest";
import { hasSimplifiedOnly, langOfName } from "./chinese.js";

describe("hasSimplifiedOnly", () => {
  it("finds Simplified text", () =>
    expect(hasSimplifiedOnly("在命令前加上 winpty，由它提供控制台并运行。")).toBe(true));

  it("accepts Traditional text written with Taiwan's 台", () =>
    expect(hasSimplifiedOnly("在命令前加上 winpty，由它提供主控台。")).toBe(false));

  it("accepts text with no script-specific characters", () => expect(hasSimplifiedOnly("Hyper-V 主機")).toBe(false));
});

describe("langOfName", () => {
  it("tells the script of a name", () => {
    expect(langOfName("映像檔")).toBe("zh-Hant");
    expect(langOfName("虛擬機器")).toBe("zh-Hant");
    expect(langOfName("容器镜像")).toBe("zh-Hans");
    expect(langOfName("虚拟机")).toBe("zh-Hans");
    expect(langOfName("容器")).toBe("zh");
    expect(langOfName("家用版")).toBe("zh");
    expect(langOfName("server core 映像")).toBe("zh");
    expect(langOfName("server core")).toBe("en");
    expect(langOfName("2016")).toBeNull();
  });
});
