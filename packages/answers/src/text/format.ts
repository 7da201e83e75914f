import type { KbEntity, Lang, Text } from "@dockerwin/kb";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A date at its own precision, the way each language writes it. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split("-");
  if (lang === "en") {
    if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
    if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
    return y ?? date;
  }
  return `${y}年${m ? `${Number(m)}月` : ""}${d ? `${Number(d)}日` : ""}`;
}

export function nameOf(e: KbEntity, lang: Lang): string {
  return e.name[lang];
}

/** "A, B and C" / "A、B 和 C". */
export function listOf(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? "";
  const head = items.slice(0, -1);
  const last = items.at(-1) ?? "";
  return lang === "en"
    ? `${head.join(", ")} and ${last}`
    : `${head.join("、")}${lang === "zh-Hant" ? "和" : "和"}${last}`;
}

/**
 * Phrases cut at their {placeholders} once: literal text at even places, placeholder names at odd
 * ones. Every answer fills a few phrases, and the phrases are the code's, so they are few.
 */
const CUT = new Map<string, readonly string[]>();
const MAX_CUT = 5_000;

function cut(template: string): readonly string[] {
  let parts = CUT.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (CUT.size < MAX_CUT) CUT.set(template, parts);
  }
  return parts;
}

/** Picks the language's text and fills {placeholders}; one with no value stays as written. */
export function fill(t: Text, lang: Lang, values: Record<string, string> = {}): string {
  const parts = cut(t[lang]);
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    const after = parts[i + 1] ?? "";
    let value = values[key] ?? `{${key}}`;
    // Chinese sets a Latin word or a number off from the characters around it with a space
    // ("沒有提到 vmmem，", "就 22621 而言").
    if (lang !== "en") {
      if (HAN_END.test(out) && LATIN_START.test(value)) value = ` ${value}`;
      if (LATIN_END.test(value) && HAN_START.test(after)) value = `${value} `;
    }
    out += value + after;
  }
  return out;
}

const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;
const LATIN_START = /^[A-Za-z0-9]/;
const LATIN_END = /[A-Za-z0-9]$/;

/** Joins sentences the way each language does: a space in English, nothing in Chinese. */
export function sentences(parts: readonly string[], lang: Lang): string {
  return parts.filter((p) => p.trim() !== "").join(lang === "en" ? " " : "");
}

/** The sentences of an answer's text: after a full stop and a space in English, after 。！？ in Chinese. */
export function sentencesIn(text: string, lang: Lang): string[] {
  return text
    .split(lang === "en" ? /(?<=[.!?])\s+/ : /(?<=[。！？])/)
    .map((t) => t.trim())
    .filter((t) => t !== "");
}

export function endSentence(s: string, lang: Lang): string {
  const t = s.trim();
  if (/[.!?。！？]$/.test(t)) return t;
  return t + (lang === "en" ? "." : "。");
}
