import { createAnswerEngine } from "@dockerwin/answers";
import { loadGraph } from "@dockerwin/kb";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { judge } from "./questions/judge.mjs";

// The public acceptance questions live beside the repository, not in it; where they are, every
// one must pass, so a change that breaks one is caught before it lands.
const PUBLIC = fileURLToPath(new URL("../../shared/eval/questions.public.json", import.meta.url));

interface PublicCase {
  id: string;
  q: string;
  history?: string[];
  lang?: "en" | "zh";
}

const cases: PublicCase[] = existsSync(PUBLIC)
  ? (JSON.parse(readFileSync(PUBLIC, "utf8")) as { cases: PublicCase[] }).cases
  : [];

describe.runIf(cases.length > 0)("the public acceptance questions", () => {
  const engine = createAnswerEngine(loadGraph());

  it.each(cases.map((c) => [c.id, c] as const))("%s", (_, c) => {
    const answer = engine.ask(c.q, c.history ?? []);
    // The public file names only the language family; the judge compares exact scripts.
    const why = judge({ ...c, lang: undefined }, answer);
    if (c.lang) expect(answer.language.startsWith(c.lang === "zh" ? "zh" : "en"), c.q).toBe(true);
    expect(why, c.q).toEqual([]);
  });
});
