import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import { UniqueErrorSignatures } from "./UniqueErrorSignatures.js";

describe("UniqueErrorSignatures", () => {
  it("accepts codes and messages that each belong to one entry", () =>
    expect(run(UniqueErrorSignatures, loadValid())).toEqual([]));

  it("reports a code used by two entries, in either of its printed forms", () => {
    const ds = loadValid();
    const [first, second] = ds.errors;
    second!.value.codes = ["0x1bc"];
    first!.value.codes = ["0x800701bc"];
    const out = run(UniqueErrorSignatures, ds);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/: codes\[0\] "0x(800701)?1bc" is already the code of data\/errors\//);
  });

  it("reports the same message in two entries even when paths, builds and quotes differ", () => {
    const ds = loadValid();
    const [first, second] = ds.errors;
    second!.value.messages.push({
      text: 'Failed to start the virtual machine "MobyLinuxVM" because one of the Hyper-V components is not running!',
      lang: "en",
    });
    expect(run(UniqueErrorSignatures, ds)).toEqual([
      `${second!.file}: messages[2].text is already a message of ${first!.file}`,
    ]);
  });

  it("reports a message repeated inside one entry", () => {
    const ds = loadValid();
    const e = ds.errors[1]!;
    e.value.messages.push({ text: e.value.messages[0]!.text.replace("0x800701bc", "0x1bc"), lang: "en" });
    expect(run(UniqueErrorSignatures, ds)).toEqual([
      `${e.file}: messages[2].text says the same as another message of this entry`,
    ]);
  });
});
