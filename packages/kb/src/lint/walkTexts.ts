import type { DataSet, Location } from "../load/DataSet.js";
import { joinPath } from "../load/formatPath.js";
import type { LocalizedTextInput } from "../schema/text.js";

export interface LocatedText extends Location {
  text: LocalizedTextInput;
}

function isText(v: unknown): v is LocalizedTextInput {
  return (
    typeof v === "object" &&
    v !== null &&
    "en" in v &&
    "zh-Hant" in v &&
    typeof (v as Record<string, unknown>).en === "string"
  );
}

function walk(value: unknown, file: string, path: string, out: LocatedText[]): void {
  if (isText(value)) {
    out.push({ file, path, text: value });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, file, `${path}[${i}]`, out));
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) walk(v, file, joinPath(path, k), out);
  }
}

/** Every bilingual text in the data set, with where it is. */
export function walkTexts(ds: DataSet): LocatedText[] {
  const out: LocatedText[] = [];
  // Entity files hold their facts; walk them once, through the entity.
  for (const e of ds.entities) walk(e.value, e.file, e.path, out);
  for (const f of ds.facts) if (f.owner === undefined) walk(f.value, f.file, f.path, out);
  for (const list of [ds.events, ds.claims, ds.setups, ds.attributes, ds.errors]) {
    for (const r of list) walk(r.value, r.file, r.path, out);
  }
  return out;
}
