import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DIR = fileURLToPath(new URL(".", import.meta.url));

/** Every case of every tests/questions/*.json file, each tagged with its file's category. */
export function loadCases() {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => {
      const { category, cases } = JSON.parse(readFileSync(DIR + f, "utf8"));
      return cases.map((c) => ({ category: c.category ?? category, ...c, file: f }));
    });
}
