import { operation } from "../document";
import { SOURCE_FIELDS } from "../fragments";
import type { Language, Source } from "../types";

/** An error entry as the chat's error card shows it: cause, fix steps and sources. */
export interface ErrorEntryView {
  slug: string;
  title: string;
  cause: string;
  fix: { text: string; command: string | null; shell: string | null }[];
  sources: Source[];
}

export interface ErrorMatchView {
  score: number;
  matchedBy: "CODE" | "MESSAGE";
  entry: ErrorEntryView;
}

export interface MatchErrorData {
  matchError: ErrorMatchView[];
}

export const MatchErrorDocument = operation<MatchErrorData, { text: string; language?: Language | null }>(
  "MatchError",
  /* GraphQL */ `
    query MatchError($text: String!, $language: Language) {
      matchError(text: $text, first: 1, language: $language) {
        score
        matchedBy
        entry {
          slug
          title(language: $language)
          cause(language: $language)
          fix {
            text(language: $language)
            command
            shell
          }
          sources {
            ...SourceFields
          }
        }
      }
    }
  `,
  [SOURCE_FIELDS],
);
