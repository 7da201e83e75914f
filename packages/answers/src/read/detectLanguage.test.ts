import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detectLanguage.js";

describe("detectLanguage", () => {
  it("tells English from Chinese, and the Chinese script", () => {
    expect(detectLanguage("Can I run Docker on Windows 7?")).toBe("en");
    expect(detectLanguage("Win7 可以安裝 Hyper-V 嗎?")).toBe("zh-Hant");
    expect(detectLanguage("win7 能用 docker 吗?")).toBe("zh-Hans");
  });

  it("follows the conversation when the script cannot be told", () => {
    expect(detectLanguage("容器", "zh-Hant")).toBe("zh-Hant");
    expect(detectLanguage("容器")).toBe("zh-Hans");
    expect(detectLanguage("Hyper-V?", "zh-Hant")).toBe("zh-Hant");
  });
});
