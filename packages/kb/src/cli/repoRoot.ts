import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The repository root: the nearest folder above the working directory that has data/. */
export function repoRoot(start = process.cwd()): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, "data", "attributes.yaml"))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no data/ folder found above ${start}`);
    dir = up;
  }
}
