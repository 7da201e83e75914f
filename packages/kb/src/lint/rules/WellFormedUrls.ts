import type { LintMessage } from "../../load/DataSet.js";
import { joinPath } from "../../load/formatPath.js";
import { message, type Rule } from "../Rule.js";

/** Source URLs are absolute http(s) addresses with a real host, so links in answers work. */
export function urlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL`;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return `"${url}" is not http(s)`;
  if (!parsed.hostname.includes(".")) return `"${url}" has no real host name`;
  if (/\s/.test(url)) return `"${url}" contains white space`;
  return undefined;
}

export const WellFormedUrls: Rule = {
  name: "WellFormedUrls",
  description: "Source URLs are well-formed http(s) addresses.",
  check(ds) {
    const out: LintMessage[] = [];
    for (const s of ds.sources) {
      const at = { file: s.file, path: joinPath(s.path, "url") };
      if (s.value.url === null) continue;
      const problem = urlProblem(s.value.url);
      if (problem) out.push(message(this.name, at, problem));
    }
    return out;
  },
};
