import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { withTypedAttribute } from "../__fixtures__/typed.js";
import { EditionSetValues } from "./EditionSetValues.js";

const text = { en: "Pro only", "zh-Hant": "僅專業版" };

describe("EditionSetValues", () => {
  it("accepts real editions of an OS version, and every edition when none are named", () => {
    const ds = loadValid();
    const value = withTypedAttribute(ds, "editions", "editionSet", {
      text,
      editionSet: [{ os: "windows-10", editions: ["pro"] }],
    });
    expect(run(EditionSetValues, ds)).toEqual([]);
    value.editionSet = [{ os: "windows-10", editions: [] }];
    expect(run(EditionSetValues, ds)).toEqual([]);
  });

  it("reports an OS that is not one, an edition the OS lacks, and an OS named twice", () => {
    const ds = loadValid();
    withTypedAttribute(ds, "editions", "editionSet", {
      text,
      editionSet: [
        { os: "microsoft", editions: [] },
        { os: "windows-10", editions: ["ultimate"] },
        { os: "windows-10", editions: ["home"] },
      ],
    });
    expect(run(EditionSetValues, ds)).toEqual([
      'data/entities/hyper-v.yaml: attributes.editions.editionSet[0] "microsoft" is not an OS version',
      'data/entities/hyper-v.yaml: attributes.editions.editionSet[1] "ultimate" is not an edition of "windows-10"',
      'data/entities/hyper-v.yaml: attributes.editions.editionSet[2] "windows-10" is named twice',
    ]);
  });

  it("reports an OS version whose own edition set leaves it out", () => {
    const ds = loadValid();
    withTypedAttribute(ds, "editions", "editionSet", { text, editionSet: [{ os: "windows-10", editions: [] }] });
    const win10 = ds.entities.find((e) => e.value.slug === "windows-10")!.value;
    win10.attributes.editions = { text, editionSet: [{ os: "windows-10", editions: [] }] };
    expect(run(EditionSetValues, ds)).toEqual([]);
    win10.attributes.editions = { text, editionSet: [] };
    expect(run(EditionSetValues, ds)).toEqual([
      'data/entities/windows-10.yaml: attributes.editions.editionSet an OS version\'s edition set names the OS itself ("windows-10")',
    ]);
  });
});
