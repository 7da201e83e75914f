import type { ErrorMatch, KbEntity, KbErrorEntry, KbFact, Lang } from "@dockerwin/kb";
import { lexiconOf } from "../read/Lexicon.js";
import { normalize } from "../read/normalize.js";
import { rawSpan } from "../read/rawSpan.js";
import { fill, listOf } from "../text/format.js";
import { P } from "../text/phrases.js";
import { buildSentences } from "../text/releaseNames.js";
import type { AnswerContext, Draft } from "./Draft.js";

/** Below this a message match is more likely shared words than the same error. */
const SURE = 0.6;
/** An answer leads with the cause and gives at most this many steps of the fix. */
const STEPS = 3;

/**
 * Where a line turns to quoting its error, if it does: after a reporting word of the lexicon
 * ("says", "fails with", a colon after it taken too) or after a colon and a space, whichever
 * comes first.
 */
function quotingAt(ctx: AnswerContext, line: string): number | null {
  const hit = lexiconOf(ctx.graph).find(normalize(line), "marker", "quoting")[0];
  let word = hit ? rawSpan(line, hit.cue) : null;
  if (word && /^[:：]/.test(line.slice(word.end))) word = { start: word.start, end: word.end + 1 };
  const colon = /[:：]\s/.exec(line);
  const spans = [word, colon ? { start: colon.index, end: colon.index + colon[0].length } : null].filter(
    (s) => s !== null,
  );
  spans.sort((a, b) => a.start - b.start);
  return spans[0]?.end ?? null;
}

/** The error entry a pasted message is about, when the match is sure enough to answer from. */
export function matchedError(ctx: AnswerContext): ErrorMatch | null {
  const text = ctx.reading.frame.errorText;
  if (text === null) return unmarkedPaste(ctx);
  // A code anywhere in the paste names its entry more surely than the words of one line: Docker
  // Desktop's "An unexpected error occurred while executing a WSL command" heads many pastes
  // whose WSL code further down ("…HCS_E_HYPERV_NOT_INSTALLED") says which error it was.
  const [coded] = ctx.graph.matchError(text, { first: 1, fuzzy: false });
  if (coded?.matchedBy === "CODE") return coded;
  // "…then:\nError response from daemon: failed to start service utility VM…": what a line
  // quotes after a colon or a reporting word is the error itself, and is tried first, so the
  // story around it ("with the Containers feature enabled") does not choose the entry.
  const quoted = text.split(/\n+/).flatMap((line) => {
    const at = quotingAt(ctx, line);
    return at !== null ? [line.slice(at).trim()] : [];
  });
  // Then the whole paste; then each sentence of it, for a message whose story drowns the error;
  // then, in a Chinese message, each stretch without Chinese, which is what was pasted into it.
  const sentences = text.split(/(?<=[.!?。！？])\s+|\n+/);
  // A few words in English ("报 HNS failed with error") name a kind of error, not which one.
  const latin = /\p{Script=Han}/u.test(text)
    ? (text.match(LATIN_RUN) ?? []).filter((run) => wordsIn(run) >= PASTED_WORDS)
    : [];
  const pieces = [...quoted, text, ...latin, ...sentences]
    .map((p) => p.trim())
    .filter((p, i, all) => p.length >= 20 && all.indexOf(p) === i);
  for (const piece of pieces.slice(0, 6)) {
    const whole = piece === text;
    // A fragment must say enough to be one error: "Error response from daemon" begins many.
    if (!whole && wordsIn(piece) < MIN_WORDS) continue;
    const [best, next] = ctx.graph.matchError(piece, { first: 2 });
    if (!best) continue;
    if (best.matchedBy === "CODE") return best;
    // Two entries that fit about as well: the words are shared, the error is not known.
    const clear = !next || next.entry === best.entry || best.score - next.score >= MARGIN;
    if (best.score >= SURE && (whole || clear)) return best;
  }
  return null;
}

/**
 * A paste no reporting word introduces ("…wsl --install -d kali-linux⏎WSL2 is not supported
 * with your current machine configuration…", "报 Cannot connect to the Docker daemon…") is
 * still an error where it names an entry's code or holds a line of its message word for word:
 * an ordinary question shares words with a message, never a whole line of it.
 */
function unmarkedPaste(ctx: AnswerContext): ErrorMatch | null {
  const question = ctx.reading.question;
  // Only a code or a line word for word is taken here, and the fuzzy pass finds neither: it is
  // left out, so an ordinary question ("Can Windows Server 2008 run Windows containers?") costs
  // no search of every message.
  const [best, next] = ctx.graph.matchError(question, { first: 2, fuzzy: false });
  if (!best || (next && next.entry !== best.entry && best.score - next.score < MARGIN)) return null;
  return best.matchedBy === "CODE" || best.score >= VERBATIM ? best : null;
}

/** Words an English stretch of a Chinese message needs to be a pasted error of its own. */
const PASTED_WORDS = 6;
/** A stretch of a message with no Chinese character or punctuation in it. */
const LATIN_RUN = /[^\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu;

/** A message's line found word for word in a paste scores this (ErrorMatcher's measure). */
const VERBATIM = 0.9;

/** How much a fact about the pasted host must share with the error to be said beside it. */
const HOST_FACT = 8;
/** What a host fact gains for each other entity the message names that it is about. */
const NAMED = 4;

/** Words a fragment of a paste needs to stand for an error of its own. */
const MIN_WORDS = 4;
/** How much better the best entry must fit a fragment than the next one. */
const MARGIN = 0.1;

// Words of letters, not hashes, paths or numbers.
const wordsIn = (text: string) => text.match(/(?<![\w/\\.:-])\p{L}{2,}(?![\w/\\:-]|\.\w)/gu)?.length ?? 0;

function steps(entry: KbErrorEntry, lang: Lang): string[] {
  return entry.fix.slice(0, STEPS).map((s, i) => {
    const text = s.text[lang].replace(/[.。]\s*$/, "");
    const command = s.command ? (lang === "en" ? `: ${s.command}` : `：${s.command}`) : "";
    return fill(P.fixStep, lang, { n: String(i + 1), step: `${text}${command}` });
  });
}

/**
 * A pasted error ("no matching manifest for windows/amd64…", "WSL 2 installation is incomplete")
 * answered from its entry in data/errors: what causes it, what the builds the paste names are,
 * what the graph says about that host, then the fix in steps. The entry is found by the whole
 * paste, weighed word by word, never by its rarest token alone. Any kind of question gets it;
 * the engine lets a yes/no question that quotes an error be settled by the graph first.
 */
export function answerError(ctx: AnswerContext): Draft | null {
  const { lang, graph } = ctx;
  const match = matchedError(ctx);
  if (!match) return null;
  const { entry } = match;
  const builds = buildSentences(graph, ctx.reading.frame.errorText ?? "", lang);
  const hosts = [...new Set(builds.matches.map((m) => m.os))];
  const fact = hostFact(ctx, entry, hosts);
  return {
    verdict: null,
    parts: [
      fill(P.errorCause, lang, { title: entry.title[lang], cause: entry.cause[lang] }),
      ...editionNote(ctx, entry),
      ...builds.sentences,
      ...(fact ? [fact.text[lang]] : []),
      ...steps(entry, lang),
    ],
    entities: [...entry.entities.flatMap((s) => graph.entity(s) ?? []), ...hosts],
    facts: fact ? [fact] : [],
    // The article's claims only when the question is about them, and a paste is not.
    claims: [],
    error: entry,
  };
}

/**
 * "…on Windows 11 Home": where the error is met only on some editions and the message names
 * another, the fix cannot work there, and the answer says so.
 */
function editionNote(ctx: AnswerContext, entry: KbErrorEntry): string[] {
  const { reading, lang } = ctx;
  const editions = entry.conditions?.editions;
  const edition = reading.edition;
  if (!editions || edition === null || editions.includes(edition)) return [];
  const oses = entry.conditions?.os;
  const os = reading.entities.find((e) => e.editions.some((x) => x.id === edition) && (!oses || oses.includes(e.slug)));
  if (!os) return [];
  const name = (id: string) => os.editions.find((x) => x.id === id)?.name[lang] ?? id;
  return [fill(P.fixOnlyOn, lang, { list: listOf(editions.map(name), lang), edition: name(edition) })];
}

/**
 * What the graph says about the Windows the paste names, as far as this error is concerned:
 * the fact about one of those OSes and one of the error's entities that best matches the
 * message ("A Windows 10 host cannot run Windows Server 2022 container images…").
 */
function hostFact(ctx: AnswerContext, entry: KbErrorEntry, hosts: readonly KbEntity[]): KbFact | null {
  if (hosts.length === 0) return null;
  const concerns = new Set(entry.entities);
  const pool = [...new Set(hosts.flatMap((h) => ctx.graph.factsOf(h.slug)))].filter(
    (f) => f.certainty === "CONFIRMED" && f.entities.some((s) => concerns.has(s)),
  );
  // What the error is about (its title and cause) chooses first; the message's own words next.
  // A long fact meets those words by chance, so length is weighed in, and a weak match says nothing.
  // A fact about two Windows the message names, the host's (by name, as "Windows Server 2019"
  // where build 17763 is also Windows 10 1809, or by a release of it) and the image's
  // ("…:ltsc2022"), is about this paste: each counts as much as a rare word.
  const own = ctx.facts.terms.of(`${entry.title.en} ${entry.cause.en}`);
  const asked = ctx.reading.terms;
  const named = new Set(
    ctx.reading.entities
      .filter((e) => e.kind === "OS_VERSION" && !concerns.has(e.slug))
      .flatMap((e) => [e.slug, ...e.relations.filter((r) => r.type === "VERSION_OF").map((r) => r.target)]),
  );
  const alsoNamed = (f: KbFact) => {
    const n = f.entities.filter((s) => named.has(s)).length;
    return n >= 2 ? NAMED * n : 0;
  };
  const ranked = pool
    .filter((f) => ctx.facts.score(f, own) + ctx.facts.score(f, asked) / 2 + alsoNamed(f) >= HOST_FACT)
    .map((f) => ({ f, s: ctx.facts.focusedScore(f, own) + ctx.facts.focusedScore(f, asked) / 2 + alsoNamed(f) }))
    .sort((a, b) => b.s - a.s);
  return ranked[0]?.f ?? null;
}

/**
 * A yes/no question that quotes an error: settled by the graph, the verdict stands and the
 * error's cause follows as one supporting sentence; left unsettled, the error's own answer
 * (cause and fix) says more than facts that merely share its words.
 */
export function withError(ctx: AnswerContext, draft: Draft | null, error: Draft | null): Draft | null {
  if (!error?.error) return draft;
  if (!draft || draft.verdict === null || draft.error) return error;
  // A message that reports an error and asks nothing ("…and I get: You must be in the
  // docker-users group. I did restart.") asks for the fix, not for a verdict on its host.
  if (!/[?？]/.test(ctx.reading.question)) return error;
  // "…出現：<paste>… 是 DockerMsftProvider 壞了嗎？": a sentence that asks and names nothing the
  // graph knows asks about the error, not about the host or the product the story names.
  if (ctx.reading.frame.asked.length === 0) return error;
  const entry = error.error;
  return {
    ...draft,
    parts: [
      ...draft.parts,
      fill(P.errorCause, ctx.lang, { title: entry.title[ctx.lang], cause: entry.cause[ctx.lang] }),
    ],
    entities: [...draft.entities, ...entry.entities.flatMap((s) => ctx.graph.entity(s) ?? [])],
    error: entry,
  };
}
