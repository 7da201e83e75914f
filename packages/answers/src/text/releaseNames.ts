import type { Graph, Lang, ReleaseMatch } from "@dockerwin/kb";
import { releasesForBuild } from "@dockerwin/kb";
import { buildsIn } from "../read/builds.js";
import { fill, listOf } from "./format.js";
import { P } from "./phrases.js";

/** "Windows 10 version 1809"; an OS with a single release is named by itself ("Windows Server 2019"). */
export function releaseName(m: ReleaseMatch, lang: Lang): string {
  if (m.os.releases.length <= 1) return m.os.name[lang];
  return fill(P.osVersion, lang, { os: m.os.name[lang], version: m.release.version });
}

/**
 * "Build 17763 is Windows 10 version 1809 and Windows Server 2019.": what each build a paste
 * names is, from the releases table, so a reader sees which Windows a host or an image is.
 * Builds the table does not know are left out.
 */
export function buildSentences(
  graph: Graph,
  text: string,
  lang: Lang,
): { sentences: string[]; matches: ReleaseMatch[] } {
  const sentences: string[] = [];
  const matches: ReleaseMatch[] = [];
  for (const build of buildsIn(text)) {
    const found = releasesForBuild(graph, build);
    if (found.length === 0) continue;
    matches.push(...found);
    // A client and a server release at most: the channel releases that share a build add nothing.
    const names = [...new Set(found.map((m) => releaseName(m, lang)))].slice(0, 2);
    sentences.push(fill(P.buildIs, lang, { build: String(build), list: listOf(names, lang) }));
  }
  return { sentences, matches };
}
