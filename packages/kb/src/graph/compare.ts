import type { KbAttributeValue, KbEntity, KbTypedValue, Lang, Text } from "../compile/KbBundle.js";
import type { Graph } from "./Graph.js";

export interface ComparisonCell {
  text: Text;
  /** The facts the value comes from, so a cell can be traced to its sources. */
  facts: readonly string[];
  /** The attribute's typed value (pricing, licence, …), where it has one, for normalised rows. */
  typed: KbTypedValue | null;
}

export interface ComparisonRow {
  key: string;
  label: Text;
  /** One per entity, in column order; null where the knowledge base does not know. */
  values: readonly (ComparisonCell | null)[];
  /** True when the known values are not all the same. */
  differs: boolean;
}

export interface Comparison {
  entities: readonly KbEntity[];
  rows: readonly ComparisonRow[];
}

const KIND_LABEL: Text = { en: "Kind", "zh-Hans": "类型", "zh-Hant": "類型" };
const KIND_NAMES: Record<KbEntity["kind"], Text> = {
  COMPANY: { en: "Company", "zh-Hans": "公司", "zh-Hant": "公司" },
  PRODUCT: { en: "Product", "zh-Hans": "产品", "zh-Hant": "產品" },
  OS_VERSION: { en: "Operating system", "zh-Hans": "操作系统", "zh-Hant": "作業系統" },
  HYPERVISOR: { en: "Hypervisor", "zh-Hans": "Hypervisor", "zh-Hant": "Hypervisor" },
  CONTAINER_TYPE: { en: "Container type", "zh-Hans": "容器类型", "zh-Hant": "容器類型" },
  TECHNOLOGY: { en: "Technology", "zh-Hans": "技术", "zh-Hant": "技術" },
};
const LIST_SEPARATOR: Text = { en: ", ", "zh-Hans": "、", "zh-Hant": "、" };

/**
 * Attributes side by side, one row per attribute that at least one entity has, in the order
 * data/attributes.yaml declares. Unknown slugs are the caller's to reject.
 */
export function compare(graph: Graph, slugs: readonly string[]): Comparison {
  // The graph never changes, so each set of columns is worked out once.
  let cache = CACHE.get(graph);
  if (!cache) CACHE.set(graph, (cache = new Map()));
  const key = slugs.join("|");
  let found = cache.get(key);
  if (!found) {
    found = build(graph, slugs);
    if (cache.size < 5_000) cache.set(key, found);
  }
  return found;
}

const CACHE = new WeakMap<Graph, Map<string, Comparison>>();

function build(graph: Graph, slugs: readonly string[]): Comparison {
  const entities = slugs.flatMap((s) => graph.entity(s) ?? []);
  const rows: ComparisonRow[] = [
    row(
      "kind",
      KIND_LABEL,
      entities.map((e) => ({ text: KIND_NAMES[e.kind], facts: [], typed: null })),
    ),
  ];
  for (const def of graph.bundle.attributes) {
    const values = entities.map((e) => {
      const v = e.attributes[def.key];
      return v ? cell(graph, v) : null;
    });
    if (values.some((v) => v !== null)) rows.push(row(def.key, def.label, values));
  }
  return { entities, rows };
}

function row(key: string, label: Text, values: (ComparisonCell | null)[]): ComparisonRow {
  const known = values.flatMap((v) => (v ? [v.text.en.toLowerCase()] : []));
  return { key, label, values, differs: new Set(known).size > 1 || (known.length > 0 && known.length < values.length) };
}

function cell(graph: Graph, v: KbAttributeValue): ComparisonCell {
  const typed = v.typed;
  if (v.text) return { text: v.text, facts: v.facts, typed };
  if (v.refs) {
    const names = v.refs.map((slug) => graph.entity(slug)?.name ?? { en: slug, "zh-Hans": slug, "zh-Hant": slug });
    const join = (lang: Lang) => names.map((n) => n[lang]).join(LIST_SEPARATOR[lang]);
    return { text: { en: join("en"), "zh-Hans": join("zh-Hans"), "zh-Hant": join("zh-Hant") }, facts: v.facts, typed };
  }
  const value = v.value ?? "";
  return { text: { en: value, "zh-Hans": value, "zh-Hant": value }, facts: v.facts, typed };
}
