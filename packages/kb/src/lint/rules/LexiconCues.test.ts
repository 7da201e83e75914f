import { describe, expect, it } from "vitest";
import { loadValid, run } from "../__fixtures__/fixture.js";
import type { LexiconEntryInput } from "../../schema/lexicon.js";
import { LexiconCues } from "./LexiconCues.js";

const entry = (e: Partial<LexiconEntryInput> & { id: string }): LexiconEntryInput => ({
  role: "predicate",
  cues: { en: [], "zh-Hant": [] },
  ...e,
});

function withLexicon(entries: LexiconEntryInput[]) {
  const ds = loadValid();
  ds.lexicon = entries.map((value, i) => ({ value, file: "data/lexicon/predicates.yaml", path: `entries[${i}]` }));
  return ds;
}

describe("LexiconCues", () => {
  it("accepts distinct, well-formed entries", () => {
    const ds = withLexicon([
      entry({ id: "cost", cues: { en: ["cost", "pay*"], "zh-Hant": ["收費"] } }),
      entry({
        id: "home",
        role: "qualifier",
        slot: "edition",
        value: "home",
        cues: { en: ["home"], "zh-Hant": ["家用版"], "zh-Hans": ["家庭版"] },
      }),
      entry({ id: "stop", role: "stop", cues: { en: ["cost"], "zh-Hant": [] } }),
    ]);
    expect(run(LexiconCues, ds)).toEqual([]);
  });

  it("reports a cue that means two things in one role", () => {
    const ds = withLexicon([
      entry({ id: "cost", cues: { en: ["pay"], "zh-Hant": [] } }),
      entry({ id: "free", cues: { en: ["free", "pay"], "zh-Hant": [] } }),
    ]);
    expect(run(LexiconCues, ds)).toEqual([
      'data/lexicon/predicates.yaml: entries[1].cues cue "pay" is already a predicate cue of "cost"',
    ]);
  });

  it("reports a repeated id, a qualifier without a value, and malformed cues", () => {
    const ds = withLexicon([
      entry({ id: "arm", role: "qualifier", slot: "arch", cues: { en: ["ARM?"], "zh-Hant": ["arm"] } }),
      entry({ id: "arm", cues: { en: ["x"], "zh-Hant": [] } }),
    ]);
    expect(run(LexiconCues, ds)).toEqual([
      'data/lexicon/predicates.yaml: entries[0].slot qualifier "arm" needs both a slot and a value',
      'data/lexicon/predicates.yaml: entries[0].cues.en[0] "ARM?" is not a lower-case word or phrase',
      'data/lexicon/predicates.yaml: entries[0].cues.zh-Hant[0] "arm" has no Chinese characters',
      'data/lexicon/predicates.yaml: entries[1].id lexicon id "arm" is already used in data/lexicon/predicates.yaml',
    ]);
  });

  it("reports an attribute cue whose value is no attribute of data/attributes.yaml", () => {
    const ds = withLexicon([
      entry({ id: "asks-price", role: "attribute", value: "price", cues: { en: ["cost"], "zh-Hant": [] } }),
      entry({ id: "asks-colour", role: "attribute", value: "colour", cues: { en: ["colour"], "zh-Hant": [] } }),
    ]);
    ds.attributes = [
      {
        value: { key: "price", label: { en: "Price", "zh-Hant": "價格" } },
        file: "data/attributes.yaml",
        path: "attributes[0]",
      },
    ];
    const messages = run(LexiconCues, ds);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^data\/lexicon\/predicates\.yaml: entries\[1\]\.value "colour" is not one of price$/);
  });

  it("reports an entry with no cue at all", () => {
    expect(run(LexiconCues, withLexicon([entry({ id: "empty" })]))).toEqual([
      'data/lexicon/predicates.yaml: entries[0].cues entry "empty" has no cue words',
    ]);
  });
});
