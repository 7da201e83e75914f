// The answer engine on the shipped graph, built once for every test file of the package: the
// files share one module graph (vitest.config.ts), and building an engine's indexes took longer
// than most files' tests (2.2-2.8 s each, fifteen times over, at load 19).
import { loadGraph } from "@dockerwin/kb";
import { createAnswerEngine } from "../AnswerEngine.js";

export const graph = loadGraph();

export const engine = createAnswerEngine(graph);
