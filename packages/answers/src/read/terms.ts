import { STOP_WORDS } from "./cues.js";

const HAN = /\p{Script=Han}/u;

/** A light English stemmer: enough that "creates" and "created" meet "create". */
export function stem(word: string): string {
  for (const suffix of ["ations", "ation", "ing", "ies", "ed", "es", "s", "ly"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

// Chinese function characters that say nothing about the subject.
const HAN_STOP = new Set(
  "的了吗呢吧是在和与或也都就有能可以用什么么哪个些这那我你他它们怎样如何会要对把被从给到为及其之请问".split(""),
);

/** Subject-matter terms of a text: English stems, and pairs of adjacent Chinese characters. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(/[a-z][a-z0-9#+]*|\d+/g) ?? []) {
    if (!STOP_WORDS.has(w) && (w.length > 1 || w === "c")) out.push(stem(w));
  }
  const han = [...text].filter((c) => HAN.test(c));
  for (let i = 0; i < han.length - 1; i++) {
    const pair = han[i]! + han[i + 1]!;
    if (!HAN_STOP.has(han[i]!) || !HAN_STOP.has(han[i + 1]!)) out.push(pair);
  }
  return out;
}
