import { describe, expect, it } from "vitest";
import { freshFollowUps } from "./followUps";
import { looksLikePastedError } from "./pastedError";
import { verdictWording } from "./verdictWording";

const PLAIN = { YES: "Yes", NO: "No", PARTLY: "Partly" };
const EN = [
  { id: "need", cues: ["need", "require"], YES: "Needed", NO: "Not needed", PARTLY: "Sometimes needed" },
  { id: "can", cues: ["can"], YES: "Yes", NO: "No", PARTLY: "Partly" },
];
const ZH = [
  { id: "need", cues: ["需要"], YES: "需要", NO: "不需要", PARTLY: "视情况需要" },
  { id: "can", cues: ["能", "可以"], YES: "能", NO: "不能", PARTLY: "有条件能" },
];
const ALL = [EN, ZH];

describe("verdictWording", () => {
  it("words the badge from the question's verb", () => {
    expect(verdictWording("Does Docker Desktop need Hyper-V?", "NO", EN, ALL, PLAIN)).toBe("Not needed");
    expect(verdictWording("Is WSL 2 required?", "YES", EN, ALL, PLAIN)).toBe("Needed");
    expect(verdictWording("Windows 10 家庭版需要 Hyper-V 吗？", "NO", ZH, ALL, PLAIN)).toBe("不需要");
    expect(verdictWording("win7 能用 docker 吗?", "YES", ZH, ALL, PLAIN)).toBe("能");
  });

  it("words it in the page's language whatever the question's", () => {
    expect(verdictWording("Does Windows 11 Pro need Hyper-V?", "YES", ZH, ALL, PLAIN)).toBe("需要");
    expect(verdictWording("Windows 10 需要 Hyper-V 吗？", "NO", EN, ALL, PLAIN)).toBe("Not needed");
  });

  it("takes the first wording whose cue the question holds, else the plain word", () => {
    expect(verdictWording("需要的话能装吗", "PARTLY", ZH, ALL, PLAIN)).toBe("视情况需要");
    expect(verdictWording("Is it unneeded?", "YES", EN, ALL, PLAIN)).toBe("Yes");
    expect(verdictWording("Is Docker free?", "NO", EN, ALL, PLAIN)).toBe("No");
  });
});

describe("looksLikePastedError", () => {
  it("knows pasted error messages", () => {
    expect(looksLikePastedError("WslRegisterDistribution failed with error: 0x80370102")).toBe(true);
    expect(looksLikePastedError("docker: Error response from daemon: ERROR_FILE_NOT_FOUND")).toBe(true);
    expect(looksLikePastedError('I get "The container operating system does not match the host" when I run it')).toBe(
      true,
    );
  });

  it("leaves typed questions alone", () => {
    expect(looksLikePastedError("Can I run Docker on Windows 10 Home?")).toBe(false);
    expect(looksLikePastedError("Windows 10 家庭版能装 Docker 吗？")).toBe(false);
  });
});

describe("freshFollowUps", () => {
  it("never offers the question just asked, however it is spelt", () => {
    expect(
      freshFollowUps(
        ["Can I run Docker on Windows 10?", "What about Windows 11?", "what about windows 11"],
        ["can I run docker on Windows 10 ?"],
      ),
    ).toEqual(["What about Windows 11?"]);
    expect(freshFollowUps(["Windows 7 能用 Docker 吗？", "那 Windows 10 呢？"], ["Windows 7 能用 Docker 吗"])).toEqual([
      "那 Windows 10 呢？",
    ]);
  });
});
