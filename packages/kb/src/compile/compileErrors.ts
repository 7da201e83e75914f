import type { DataSet } from "../load/DataSet.js";
import type { LocalizedTextInput } from "../schema/text.js";
import type { Text } from "./KbBundle.js";
import type { KbErrorEntry } from "./KbError.js";

/** The error entries of a lint-clean DataSet, with texts in three scripts; sorted by slug. */
export function compileErrors(ds: DataSet, text: (t: LocalizedTextInput) => Text): KbErrorEntry[] {
  return ds.errors
    .map(({ value: e }) => ({
      slug: e.slug,
      title: text(e.title),
      messages: e.messages.map((m) => ({ text: m.text.trim(), lang: m.lang })),
      codes: e.codes ?? [],
      signs: e.signs ?? [],
      cause: text(e.cause),
      fix: e.fix.map((s) => ({ text: text(s.text), command: s.command?.trim() ?? null, shell: s.shell ?? null })),
      entities: e.entities,
      conditions: e.conditions
        ? {
            os: e.conditions.os ?? null,
            editions: e.conditions.editions ?? null,
            minBuild: e.conditions.minBuild ?? null,
            maxBuild: e.conditions.maxBuild ?? null,
            note: e.conditions.note ? text(e.conditions.note) : null,
          }
        : null,
      sources: e.sources,
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}
