import { describe, expect, it } from "vitest";
import { localeForTag, localeFromSegment, negotiateLocale } from "./locales";
import { en } from "./messages/en";
import { zhHans } from "./messages/zh-Hans";
import { zhHant } from "./messages/zh-Hant";

describe("negotiateLocale", () => {
  it.each([
    ["zh-TW", "zh-Hant"],
    ["zh-HK,zh;q=0.8", "zh-Hant"],
    ["zh-Hant-TW", "zh-Hant"],
    ["zh-MO", "zh-Hant"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-Hans"],
    ["zh", "zh-Hans"],
    ["zh-SG", "zh-Hans"],
    ["zh-Hans", "zh-Hans"],
    ["en-US,en;q=0.9", "en"],
    ["fr-FR,fr;q=0.9", "en"],
    ["fr-FR,zh-TW;q=0.5", "zh-Hant"],
    ["en;q=0.4,zh-CN;q=0.8", "zh-Hans"],
    ["", "en"],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it("ignores ranges with q=0", () => {
    expect(negotiateLocale("zh-TW;q=0, en")).toBe("en");
  });
});

describe("locale helpers", () => {
  it("reads a path segment in any case", () => {
    expect(localeFromSegment("zh-hant")).toBe("zh-Hant");
    expect(localeFromSegment("EN")).toBe("en");
    expect(localeFromSegment("fr")).toBeNull();
  });

  it("maps a tag", () => {
    expect(localeForTag("zh_TW")).toBe("zh-Hant");
    expect(localeForTag("de")).toBeNull();
  });
});

describe("the dictionaries", () => {
  const keys = (o: object, prefix = ""): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === "object" && !Array.isArray(v) ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
    );

  it("have the same keys in every locale", () => {
    expect(keys(zhHans).sort()).toEqual(keys(en).sort());
    expect(keys(zhHant).sort()).toEqual(keys(en).sort());
  });

  it("are translated: the Chinese ones differ from English and from each other where it matters", () => {
    expect(zhHans.nav.timeline).not.toBe(en.nav.timeline);
    expect(zhHant.nav.timeline).not.toBe(zhHans.nav.timeline);
    expect(zhHans.chat.examples).toHaveLength(en.chat.examples.length);
  });
});
