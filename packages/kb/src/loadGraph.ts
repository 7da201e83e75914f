import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { KbBundle } from "./compile/KbBundle.js";
import { Graph } from "./graph/Graph.js";

/** Where the build step writes the compiled knowledge base. */
export const BUNDLE_PATH = fileURLToPath(new URL("../dist/kb.json", import.meta.url));

let cached: Graph | undefined;

/** The shipped graph, read once per process from the bundle `npm run build` wrote. */
export function loadGraph(path = BUNDLE_PATH): Graph {
  if (path === BUNDLE_PATH && cached) return cached;
  const graph = new Graph(JSON.parse(readFileSync(path, "utf8")) as KbBundle);
  if (path === BUNDLE_PATH) cached = graph;
  return graph;
}
