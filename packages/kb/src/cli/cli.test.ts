import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { copyValid } from "../lint/__fixtures__/fixture.js";

const LINT = fileURLToPath(new URL("../../dist/cli/lint.js", import.meta.url));

describe("npm run lint:data", () => {
  it("says the repository's data is clean and exits 0", () => {
    const r = spawnSync(process.execPath, [LINT], { encoding: "utf8" });
    expect(r.stdout).toContain("data/ is clean.");
    expect(r.stdout).toContain("zh-Hans: 0 Taiwan-only terms, 0 CJK spaces; zh-Hant: 0 mainland or variant terms");
    expect(r.status).toBe(0);
  }, 30_000);

  it("prints file, path and reason for broken data, never a stack trace, and exits 1", () => {
    const root = copyValid();
    const file = join(root, "data/entities/hyper-v.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("target: windows-10", "target: windows-77"));
    const r = spawnSync(process.execPath, [LINT, root], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/entities/hyper-v.yaml: relations[1].target "windows-77" is not an entity');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
