#!/usr/bin/env node
// Marks the built browser chunks with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`,
// Chrome 136 and later), run after `next build`. Without it V8 compiles each function of a chunk
// lazily, on the main thread, the first time it is called, and React, the router and the page's
// components are all called while the page starts: on a phone that compiling is a large part of
// the one long task that boots the page. With the hint the chunk is compiled whole while it
// downloads, off the main thread. Every chunk but the legacy polyfills (loaded by browsers without
// modules only) is one a page runs as it loads. Browsers without the hint read a comment.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const HINT = "//# allFunctionsCalledOnLoad\n";
const WEB = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(WEB, process.env.NEXT_DIST_DIR || ".next");
const CHUNKS = join(DIST, "static/chunks");

if (!existsSync(CHUNKS)) {
  console.error(`compileHints: ${CHUNKS} does not exist; run next build first`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(DIST, "build-manifest.json"), "utf8"));
const polyfills = new Set((manifest.polyfillFiles ?? []).map((f) => f.replace(/^static\/chunks\//, "")));

/** The map after one line is put in front of its code: every generated line moves down by one. */
function shiftMap(map) {
  if (Array.isArray(map.sections)) {
    for (const section of map.sections) section.offset.line += 1;
  } else {
    map.mappings = `;${map.mappings}`;
  }
  return map;
}

let marked = 0;
for (const name of readdirSync(CHUNKS)) {
  if (!name.endsWith(".js") || polyfills.has(name)) continue;
  const file = join(CHUNKS, name);
  const code = readFileSync(file, "utf8");
  if (code.startsWith(HINT)) continue;
  writeFileSync(file, HINT + code);
  const mapName = code.match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
  if (mapName && existsSync(join(CHUNKS, mapName))) {
    const mapFile = join(CHUNKS, mapName);
    writeFileSync(mapFile, JSON.stringify(shiftMap(JSON.parse(readFileSync(mapFile, "utf8")))));
  }
  marked += 1;
}
console.log(`compileHints: ${marked} chunks marked in ${CHUNKS}`);
