import { operation } from "../document";
import type { MatchErrorQuery, MatchErrorQueryVariables } from "../generated";
import { SOURCE_FIELDS } from "../fragments";

export type MatchErrorData = MatchErrorQuery;
export type ErrorMatchView = MatchErrorData["matchError"][number];
/** An error entry as the chat's error card shows it: cause, fix steps and sources. */
export type ErrorEntryView = ErrorMatchView["entry"];

export const MatchErrorDocument = operation<MatchErrorQuery, MatchErrorQueryVariables>(
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
