// Grades one answer against one expected case. Shared by the test suite and the report, and
// written to the same rules as the public acceptance script, so the two never disagree.

const norm = (s) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_.·]/g, "");

/** Whether the answer text mentions an alternative (short codes must stand as whole words). */
export function mentions(text, alt) {
  const t = text.normalize("NFKC").toLowerCase();
  const a = alt.normalize("NFKC").toLowerCase();
  if (/^[a-z0-9#+]{1,3}$/.test(a)) {
    const esc = a.replace(/[#+]/g, "\\$&");
    return new RegExp(`(^|[^a-z0-9])${esc}([^a-z0-9#+]|$)`).test(t);
  }
  return norm(text).includes(norm(alt));
}

/** The reasons a case fails; empty when it passes. */
export function judge(c, a) {
  const why = [];
  if (a.status !== c.status) why.push(`status ${a.status}, want ${c.status}`);
  if (c.status === "NOT_FOUND") return why;
  if (c.verdict && !c.verdict.includes(a.verdict)) why.push(`verdict ${a.verdict}, want ${c.verdict.join("|")}`);
  for (const group of c.mention ?? []) {
    if (!group.some((alt) => mentions(a.text, alt))) why.push(`text lacks ${group.join("|")}`);
  }
  for (const bad of c.notMention ?? []) if (mentions(a.text, bad)) why.push(`text says ${bad}`);
  if (c.entity) {
    const top = a.entities.slice(0, 3).map((e) => e.slug);
    if (!c.entity.some((s) => top.includes(s))) why.push(`top entities [${top}], want one of ${c.entity.join("|")}`);
  }
  if (c.lang && a.language !== c.lang) why.push(`language ${a.language}, want ${c.lang}`);
  return why;
}
