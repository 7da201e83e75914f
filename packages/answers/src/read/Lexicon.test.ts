import { describe, expect, it } from "vitest";
import type { KbLexiconEntry } from "@dockerwin/kb";
import { Lexicon } from "./Lexicon.js";
import { normalize } from "./normalize.js";

const entry = (
  id: string,
  en: string[],
  zh: string[] = [],
  unless: KbLexiconEntry["unless"] = null,
): KbLexiconEntry => ({
  id,
  role: "marker",
  slot: "test",
  value: id,
  en,
  zh,
  rank: null,
  unless,
  label: null,
});

const lexicon = new Lexicon([
  entry("hyperv", ["Hyper-V"]),
  entry("deprecated", ["deprecat*"]),
  entry("while", ["while ... enabled"]),
  entry("opening", ["^how come"]),
  entry("csharp", ["c#"]),
  entry("windows", ["windows"], ["視窗"]),
  entry("open", [], ["開啟...時"]),
  entry("please", [], ["^请问"]),
  entry("ask", [], ["吗$"]),
  entry("home", ["home"], [], { en: ["home page"], zh: [] }),
]);
const found = (text: string) =>
  lexicon
    .find(normalize(text), "marker", "test")
    .map((h) => h.entry.id)
    .sort();

describe("Lexicon cues", () => {
  it("finds an English cue however its words are spaced, as a prefix, in parts or at the start", () => {
    expect(found("Is HyperV on?")).toEqual(["hyperv"]);
    expect(found("is hyper v on")).toEqual(["hyperv"]);
    expect(found("Docker Toolbox is deprecated")).toEqual(["deprecated"]);
    expect(found("slow while WSL is enabled")).toEqual(["while"]);
    expect(found("How come it fails?")).toEqual(["opening"]);
    expect(found("why, how come")).toEqual([]);
    expect(found("a C# app")).toEqual(["csharp"]);
  });

  it("finds a whole word only, also right after Chinese", () => {
    expect(found("在Windows上运行")).toEqual(["windows"]);
    expect(found("xwindows")).toEqual([]);
    expect(found("unhyper v")).toEqual([]);
  });

  it("finds Chinese cues in either script, in parts and anchored", () => {
    expect(found("開啟 WSL 時很慢")).toEqual(["open"]);
    expect(found("开启WSL时很慢")).toEqual(["open"]);
    expect(found("時間到了才開啟")).toEqual([]);
    expect(found("請問能用嗎")).toEqual(["ask", "please"]);
    expect(found("能用吗，请问")).toEqual([]);
    expect(found("在視窗裡")).toEqual(["windows"]);
  });

  it("drops a cue its cancelling words cover", () => {
    expect(found("my home edition")).toEqual(["home"]);
    expect(found("on the home page")).toEqual([]);
  });
});
