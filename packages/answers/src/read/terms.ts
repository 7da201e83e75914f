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

/**
 * Words a question uses for what facts say in other words ("When did X become Y" is asked of
 * a fact that says "renamed"). Applied to questions only.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  become: "renamed name",
  became: "renamed name",
  rename: "renamed name",
  renamed: "rename name",
  deprecated: "deprecation retired ended archived discontinued ceasing",
  deprecate: "deprecated deprecation retired archived",
  discontinued: "deprecated archived ceasing",
  dead: "deprecated archived",
  released: "release launched available shipped",
  release: "released launched available shipped",
  launched: "released release available",
  announced: "announce announcement unveiled",
  announce: "announced announcement",
  free: "licence license subscription paid",
  cost: "price free paid subscription",
  price: "free paid subscription",
  production: "supported commercially",
  flag: "option parameter isolation",
  turn: "enable enabled",
  turns: "enable enabled",
  added: "add adds introduced",
  removed: "remove removes dropped",
  select: "choose chooses",
  selects: "choose chooses",
  language: "go c# java python rust",
  languages: "go c# java python rust",
  语言: "go c# java python",
  改名: "更名 名称 重新命名",
  多大: "大小 mb gb 映像",
  big: "size mb gb",
  启用: "enable 开启 powershell dism 功能",
  开启: "enable 启用 powershell dism 功能",
  enable: "powershell dism turn",
  名字: "名称 更名 改名 命名 renamed",
  条件: "需要 要求 至少",
  requirements: "need needs require requires at least",
  agree: "partnership partner announced",
  agreed: "partnership partner announced",
  partnership: "partner announced",
  合作: "合作 宣布 携手",
  首次: "第一 首个 最早 首度",
  第一次: "第一 首个 最早 首度",
  开始支持: "加入 起 支持",
  内建: "内置 加入 提供 附带",
  内置: "内建 加入 提供 附带",
  弃用: "停止 淘汰 不再",
  发布: "推出 上市",
  免费: "收费 付费 订阅",
};

const SYNONYM_PATTERNS: readonly [RegExp, string][] = Object.entries(SYNONYMS).map(([word, more]) => [
  new RegExp(/^[a-z]/.test(word) ? `\\b${word}\\b` : word),
  more,
]);

/** Subject-matter terms of a question, with the words facts are likely to use for them. */
export function questionTermsOf(text: string): string[] {
  const extra = SYNONYM_PATTERNS.filter(([re]) => re.test(text)).map(([, more]) => more);
  return termsOf(extra.length > 0 ? `${text} ${extra.join(" ")}` : text);
}

// Question words written as two characters: they ask, they do not say what about.
const STOP_PAIRS = new Set("什么 时候 开始 可以 如何 怎么 哪个 哪些 为什 么时 是否 能否 请问 一下 多少".split(" "));

/** Subject-matter terms of a text: English stems, and pairs of adjacent Chinese characters. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(/[a-z][a-z0-9#+]*|\d+(?:\.\d+)*/g) ?? []) {
    if (!STOP_WORDS.has(w) && (w.length > 1 || w === "c")) out.push(stem(w));
    // "4.0.0" is also "4.0": a question names versions more loosely than release notes.
    const parts = /^\d+(\.\d+){2,}$/.test(w) ? w.split(".") : [];
    for (let n = 2; n < parts.length; n++) out.push(parts.slice(0, n).join("."));
  }
  const han = [...text].filter((c) => HAN.test(c));
  for (let i = 0; i < han.length - 1; i++) {
    const pair = han[i]! + han[i + 1]!;
    if ((!HAN_STOP.has(han[i]!) || !HAN_STOP.has(han[i + 1]!)) && !STOP_PAIRS.has(pair)) out.push(pair);
  }
  return out;
}
