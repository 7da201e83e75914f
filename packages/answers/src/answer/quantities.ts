import { foldToSimplified, type Graph } from "@dockerwin/kb";
import { lexiconOf } from "../read/Lexicon.js";
import { escapeRegExp } from "../text/escapeRegExp.js";

/**
 * The headcount and revenue a question states ("300 employees", "員工 300 人", "$5 million",
 * "500 萬美元"), read with the words of data/lexicon/quantities.yaml: headcount words after a
 * number (or 員工 before one), currency words, and the scales of a sum (its value the factor).
 * The question is folded to lower-case Simplified first, the form the lexicon's cues are in.
 */
export interface Quantities {
  headcount(question: string): number | null;
  revenueUsd(question: string): number | null;
}

const OF = new WeakMap<Graph, Quantities>();

export function quantitiesOf(graph: Graph): Quantities {
  let known = OF.get(graph);
  if (!known) OF.set(graph, (known = compile(graph)));
  return known;
}

const escape = (s: string) => escapeRegExp(s).replace(/ /g, "[- ]");
/** Longest first, so "us dollars" is tried before "dollars" and "mm" before "m". */
const anyOf = (cues: readonly string[]) =>
  [...cues]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

function compile(graph: Graph): Quantities {
  const lexicon = lexiconOf(graph);
  const words = (slot: string) => {
    const { en, zh } = lexicon.cues("marker", slot);
    return [...en, ...zh];
  };
  const scales = new Map<string, number>();
  for (const e of graph.bundle.lexicon)
    if (e.role === "marker" && e.slot === "moneyScale")
      for (const c of [...e.en, ...e.zh]) scales.set(c, Number(e.value));
  const scale = anyOf([...scales.keys()]);
  // "300 employees", "3000 多人", "50 个人", "300+ full-time staff"; "员工 300".
  const headcount = new RegExp(
    `(\\d[\\d,]*)\\s*(?:\\+\\s*)?(?:[多余]\\s*)?(?:${anyOf(words("headcountApprox"))}\\s+)?(?:${anyOf(words("headcount"))})|(?:${anyOf(words("headcountBefore"))})\\s*(\\d[\\d,]*)`,
    "i",
  );
  // "$5 million", "us$10m"; "5 million dollars"; "500 万美元".
  const money = new RegExp(
    `(?:us)?\\$\\s*(\\d+(?:\\.\\d+)?)\\s*(${scale})?(?![a-z])|(\\d+(?:\\.\\d+)?)\\s*(${scale})?\\s*(?:${anyOf(words("currency"))})(?![a-z])`,
    "i",
  );
  const fold = (q: string) => foldToSimplified(q.toLowerCase());
  return {
    headcount(question) {
      const m = headcount.exec(fold(question));
      const n = m ? Number((m[1] ?? m[2] ?? "").replace(/,/g, "")) : NaN;
      return Number.isFinite(n) && n > 0 ? n : null;
    },
    revenueUsd(question) {
      const m = money.exec(fold(question));
      if (!m) return null;
      const amount = Number(m[1] ?? m[3]);
      const unit = m[2] ?? m[4] ?? "";
      return Number.isFinite(amount) ? amount * (scales.get(unit) ?? 1) : null;
    },
  };
}
