import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { ErrorEntriesComplete } from "./ErrorEntriesComplete.js";

describe("ErrorEntriesComplete", () => {
  it("accepts entries with a message, a fix step and a source", () =>
    expect(run(ErrorEntriesComplete, loadValid())).toEqual([]));

  it("reports an entry with no message, no fix step and no source", () => {
    const ds = loadValid();
    const e = ds.errors[0]!.value;
    e.messages = [];
    e.fix = [];
    e.sources = [];
    expect(run(ErrorEntriesComplete, ds)).toEqual([
      `${ds.errors[0]!.file}: messages is empty: give the message as users see it`,
      `${ds.errors[0]!.file}: fix is empty: give at least one step of the fix`,
      `${ds.errors[0]!.file}: sources is empty: cite where users met it or the official fix`,
    ]);
  });

  it("reports a message that is nothing but a code and a build number", () => {
    const ds = loadValid();
    ds.errors[0]!.value.messages.push({ text: "0x80370102 (10.0.19045)", lang: "en" });
    expect(run(ErrorEntriesComplete, ds)).toEqual([
      `${ds.errors[0]!.file}: messages[1].text has no words once numbers, paths and codes are set aside`,
    ]);
  });

  it("reports a build range that ends before it starts", () => {
    const ds = loadValid();
    ds.errors[0]!.value.conditions = { minBuild: 19041, maxBuild: 17763 };
    expect(run(ErrorEntriesComplete, ds)).toEqual([
      `${ds.errors[0]!.file}: conditions minBuild 19041 is after maxBuild 17763`,
    ]);
  });

  it("reports an edition the condition's OS does not have", () => {
    const ds = loadValid();
    ds.errors[0]!.value.conditions = { os: ["windows-10"], editions: ["pro", "datacenter"] };
    expect(run(ErrorEntriesComplete, ds)).toEqual([
      `${ds.errors[0]!.file}: conditions.editions[1] "datacenter" is not an edition of windows-10`,
    ]);
  });
});
