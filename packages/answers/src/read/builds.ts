// A Windows build as a paste or a question shows it: "10.0.17763", "19045.2006", "build 14393",
// "OS Build 18363". Four-digit numbers are versions ("1909"), not builds.
const BUILDS = /(?<![\d.])10\.0\.(\d{5})(?!\d)|(?<![\d.])(\d{5})\.\d{1,6}(?![\d.])|\bbuild:? ?(\d{5})(?!\d)/gi;

/** The distinct Windows builds a text names, in order, at most `limit`. */
export function buildsIn(text: string, limit = 2): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(BUILDS)) {
    const build = Number(m[1] ?? m[2] ?? m[3]);
    if (!out.includes(build)) out.push(build);
    if (out.length >= limit) break;
  }
  return out;
}
