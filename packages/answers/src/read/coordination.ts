import { foldToSimplified } from "@dockerwin/kb";
import type { Lexicon } from "./Lexicon.js";
import { escapeRegExp as escape } from "../text/escapeRegExp.js";

/**
 * "Linux and Windows containers" names two things: Linux containers and Windows containers.
 * The joining words and the nouns two names may share are the lexicon's (conjunction and
 * sharedNoun markers); this only spells the shared noun out after each name.
 */
export class Coordination {
  private readonly latin: RegExp | null;
  private readonly han: RegExp | null;

  constructor(lexicon: Lexicon) {
    const joins = lexicon.cues("marker", "conjunction");
    const nouns = lexicon.cues("marker", "sharedNoun");
    const alt = (list: readonly string[]) => list.map(escape).join("|");
    // "&" is a sign, not a word: the lexicon's words are folded without it.
    this.latin =
      joins.en.length > 0 && nouns.en.length > 0
        ? new RegExp(`\\b([a-z0-9-]+) (${alt(joins.en)}|&) ([a-z0-9-]+) (${alt(nouns.en)})\\b`, "gi")
        : null;
    this.han =
      joins.zh.length > 0 && nouns.zh.length > 0
        ? new RegExp(`([a-z0-9-]+)\\s*(${alt(joins.zh)})\\s*([a-z0-9-]+)\\s*(${alt(nouns.zh)})`, "gi")
        : null;
  }

  /** The question with the shared noun after each joined name (folded to Simplified, as it is read). */
  expand(question: string): string {
    let out = foldToSimplified(question);
    if (this.latin) out = out.replace(this.latin, "$1 $4 $2 $3 $4");
    if (this.han) out = out.replace(this.han, "$1 $4$2$3 $4");
    return out;
  }
}
