import type { OsReleaseInput } from "../schema/release.js";
import type { LocalizedTextInput } from "../schema/text.js";
import type { KbRelease, Text } from "./KbBundle.js";

/** One OS release as consumers read it: every optional list present, empty when not given. */
export function compileRelease(r: OsReleaseInput, text: (t: LocalizedTextInput | undefined) => Text | null): KbRelease {
  return {
    version: r.version,
    build: r.build,
    date: r.date ?? null,
    name: text(r.name),
    channel: r.channel ?? null,
    arch: r.arch ?? [],
    endOfSupport: (r.endOfSupport ?? []).map((e) => ({ phase: e.phase, date: e.date, editions: e.editions ?? null })),
    sources: r.sources ?? [],
  };
}
