import type { EntityKind, KbEntity, Lang, RelationType } from "@dockerwin/kb";
import type { Intent } from "../Answer.js";
import type { Normalized } from "./normalize.js";

/** Everything the engine understood of a question, before answering it. */
export interface Reading {
  question: string;
  language: Lang;
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
  next: boolean;
  production: boolean;
  followUp: boolean;
  /** The question as understood, for display: the follow-up spelled out. */
  resolved: string;
}
