import type { MessageLang, Shell } from "../schema/error.js";
import type { Text } from "./KbBundle.js";

/** One wording of an error, verbatim, in the language it is shown in. */
export interface KbErrorMessage {
  text: string;
  lang: MessageLang;
}

/** One step of a fix: prose in three scripts, and the command to type, if any. */
export interface KbFixStep {
  text: Text;
  command: string | null;
  shell: Shell | null;
}

export interface KbErrorConditions {
  os: readonly string[] | null;
  editions: readonly string[] | null;
  minBuild: number | null;
  maxBuild: number | null;
  note: Text | null;
}

/** An error message people paste, with its cause and fix (data/errors/<slug>.yaml). */
export interface KbErrorEntry {
  slug: string;
  title: Text;
  messages: readonly KbErrorMessage[];
  /** Lower-case hex codes and symbolic statuses, as printed. */
  codes: readonly string[];
  /** What a paste matched by the message's words must also hold, when other causes print them too. */
  signs: readonly string[];
  cause: Text;
  fix: readonly KbFixStep[];
  entities: readonly string[];
  conditions: KbErrorConditions | null;
  sources: readonly string[];
}
