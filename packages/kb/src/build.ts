// The tools that read, check and compile data/, for the build, the linter and the benches.
// Consumers of the graph import "@dockerwin/kb" instead and never load the compiler, the linter,
// OpenCC's phrase tables or the synthetic generator.
export { compileDataSet } from "./compile/compileDataSet.js";
export type { DataSet, LintMessage } from "./load/DataSet.js";
export { readDataSet } from "./load/readDataSet.js";
export { lintDataSet } from "./lint/lintDataSet.js";
export { formatMessage } from "./lint/Rule.js";
export { countChinese, formatChineseCounts, type ChineseCounts } from "./lint/chineseCounts.js";
export { scaleBundle } from "./synthetic/scaleBundle.js";
export { Terminology, terminologyOf, type TermHit } from "./text/terminology.js";
export { findCjkSpaces, type CjkSpace } from "./text/cjkSpacing.js";
