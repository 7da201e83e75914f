import type { LintMessage } from "../../load/DataSet.js";
import { joinPath } from "../../load/formatPath.js";
import { message, type Rule } from "../Rule.js";

export const ARTICLE_SOURCE = "source-article";

/**
 * Every fact cites a source, and its certainty agrees with what it cites: a confirmed fact
 * needs a source besides the article; the article's statements and guesses cite the article.
 */
export const FactsSourced: Rule = {
  name: "FactsSourced",
  description: "Every fact and event has a source that fits its certainty.",
  check(ds) {
    const out: LintMessage[] = [];
    for (const f of ds.facts) {
      const { sources, certainty } = f.value;
      const at = { file: f.file, path: joinPath(f.path, "sources") };
      const others = sources.filter((s) => s !== ARTICLE_SOURCE);
      if (sources.length === 0) out.push(message(this.name, at, "is empty: every fact needs a source"));
      else if (certainty === "CONFIRMED" && others.length === 0) {
        out.push(message(this.name, at, `cites only the article, so certainty cannot be CONFIRMED`));
      } else if ((certainty === "ARTICLE_ONLY" || certainty === "ARTICLE_GUESS") && !sources.includes(ARTICLE_SOURCE)) {
        out.push(message(this.name, at, `must cite "${ARTICLE_SOURCE}" for certainty ${certainty}`));
      }
    }
    for (const ev of ds.events) {
      if (ev.value.sources.length === 0) {
        out.push(
          message(
            this.name,
            { file: ev.file, path: joinPath(ev.path, "sources") },
            "is empty: every event needs a source",
          ),
        );
      }
    }
    return out;
  },
};
