import type { EntityKind, KbEntity, Lang, RelationType } from "@dockerwin/kb";
import type { Intent } from "../Answer.js";
import type { Frame } from "./Frame.js";
import type { Normalized } from "./normalize.js";

/** Everything the engine understood of a question, before answering it. */
export interface Reading {
  question: string;
  /** The language and script the question is written in. */
  language: Lang;
  /** The language and script to answer in: the question's, unless the caller chose one. */
  answerLanguage: Lang;
  normalized: Normalized;
  intent: Intent;
  /** Entities in order of mention, the history's included for a follow-up. */
  entities: KbEntity[];
  edition: string | null;
  build: number | null;
  askedKind: EntityKind | null;
  relationHints: RelationType[];
  /** Subject-matter words (English stems and Chinese character pairs) left after names. */
  terms: string[];
  sameTime: boolean;
  first: boolean;
  /** "the last release", "最新": the latest of what fits. */
  last: boolean;
  next: boolean;
  production: boolean;
  /** "still", "any more", "现在还": asks about today, not the past. */
  still: boolean;
  /** "WSL 2 stopped working after…", "启动失败": trouble reported, with no question mark. */
  reportsTrouble: boolean;
  followUp: boolean;
  /**
   * For a follow-up, the earlier turn's entities it keeps without naming them again: what
   * "家庭版也能…" is asked of after "Win10 家庭版 2004，能装 Docker Desktop 吗？".
   */
  carried: KbEntity[];
  /** For a follow-up, the question it follows, as asked; null for a question of its own. */
  earlier: string | null;
  /** Latin words the knowledge base has never used: a sign the question is about something else. */
  unknownWords: string[];
  /** The question as understood, for display: the follow-up spelled out. */
  resolved: string;
  /** What the question asks, as typed fields read with the lexicon. */
  frame: Frame;
}
