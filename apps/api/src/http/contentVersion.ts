import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The code that turns the graph into responses: this API, the answer engine and the graph's queries. */
const CODE = ["@dockerwin/answers", "@dockerwin/kb"];

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (/\.(js|ts|graphql)$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

function hashDirs(dirs: readonly string[]): string {
  const hash = createHash("sha256");
  for (const dir of dirs)
    for (const file of filesUnder(dir)) hash.update(relative(dir, file)).update("\0").update(readFileSync(file));
  return hash.digest("base64url").slice(0, 12);
}

let code: string | undefined;

/**
 * What a response that depends only on the data is a function of: the data version and the code
 * that answers from it. Two replicas of one release agree on it, so a validator one of them gave
 * is honoured by the other; a new release or new data changes it, so nothing stale is revalidated.
 */
export function contentVersion(dataVersion: string): string {
  code ??= hashDirs([
    dirname(dirname(fileURLToPath(import.meta.url))),
    ...CODE.map((name) => dirname(createRequire(import.meta.url).resolve(name))),
  ]);
  return `${dataVersion}-${code}`;
}
