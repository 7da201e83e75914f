import type { Graph, KbEntity, KbFact } from "@dockerwin/kb";
import { askingSentence } from "../read/Frame.js";
import { lexiconOf, type LexiconHit, type LexiconRole } from "../read/Lexicon.js";
import { clausesOf } from "../read/clauses.js";
import { normalize, type Normalized } from "../read/normalize.js";
import type { AnswerContext } from "./Draft.js";

/** Facts about any of the entities, each once, those about more of them first. */
export function factsAbout(ctx: AnswerContext, entities: readonly KbEntity[]): KbFact[] {
  // One entity's facts all count once: its own order stands (the sort below is stable).
  if (entities.length === 1) return [...new Set(ctx.graph.factsOf(entities[0]!.slug))];
  const count = new Map<KbFact, number>();
  for (const e of entities) for (const f of ctx.graph.factsOf(e.slug)) count.set(f, (count.get(f) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1]).map(([f]) => f);
}

/** The fact texts in the answer's language, ready to join. */
export function texts(ctx: AnswerContext, facts: readonly KbFact[]): string[] {
  return facts.map((f) => f.text[ctx.lang]);
}

/** The best facts for the question among those given, by shared terms, then by order given. */
export function bestFacts(ctx: AnswerContext, facts: readonly KbFact[], limit: number): KbFact[] {
  // Weighed by where the words stand: a long message's question chooses, its story breaks ties.
  const terms = ctx.facts.weigh(ctx.reading);
  // The best `limit` kept as they come, an equal score after the earlier: no sort of every fact.
  const top: { f: KbFact; s: number }[] = [];
  for (const f of facts) {
    const s = ctx.facts.score(f, terms);
    if (top.length >= limit && !(s > top[top.length - 1]!.s)) continue;
    let at = top.length;
    while (at > 0 && s > top[at - 1]!.s) at--;
    top.splice(at, 0, { f, s });
    if (top.length > limit) top.pop();
  }
  return top.map((x) => x.f);
}

/** An OS named by a version entity ("Windows 10 version 1607") is its parent OS at a build. */
export function osAndBuild(ctx: AnswerContext, e: KbEntity): { os: KbEntity; build: number | null } {
  const parentRel = e.relations.find((r) => r.type === "VERSION_OF");
  const parent = parentRel ? ctx.graph.entity(parentRel.target) : undefined;
  if (parent && parent.kind === "OS_VERSION" && parent.editions.length > 0) {
    return { os: parent, build: buildOf([e]) ?? ctx.reading.build };
  }
  return { os: e, build: ctx.reading.build };
}

/** The build of the first named version entity ("Windows 10 version 1809"), if any. */
export function buildOf(entities: readonly KbEntity[]): number | null {
  for (const e of entities) {
    const b = Number(e.attributes.build?.value);
    if (Number.isFinite(b) && b > 0) return b;
  }
  return null;
}

/**
 * A Windows release a setup can run on: an OS whose data lists the architectures it ships for
 * (the release tables) or its build (a feature update). Linux, macOS and the container base
 * images list neither.
 */
export const isWindows = (e: KbEntity) =>
  e.kind === "OS_VERSION" && (e.architectures.length > 0 || Number(e.attributes.build?.value) > 0);

const WINDOWS = new WeakMap<Graph, readonly KbEntity[]>();

/** The Windows systems that have editions (Windows 10, Windows Server 2022), in the graph's order; once per graph. */
export function windowsSystems(graph: Graph): readonly KbEntity[] {
  let systems = WINDOWS.get(graph);
  if (!systems) {
    systems = graph.entities().filter((e) => isWindows(e) && e.editions.length > 0);
    WINDOWS.set(graph, systems);
  }
  return systems;
}

/** The lexicon of a graph, built once, for executors that read a fact's or a sentence's words. */
export { lexiconOf };

/**
 * The predicate of the asking sentence, chosen as the frame chooses it (the specific one named
 * first, else the first verb): in "Can docker-machine use Hyper-V? What do I need first?" the
 * first question asks whether it works, the second what it needs.
 */
export function askedPredicate(ctx: AnswerContext): string | undefined {
  const hits = lexiconOf(ctx.graph).find(normalize(askingSentence(ctx.reading.question)), "predicate");
  const general = (slot: string | null | undefined) => slot === "compat" || slot === "relation";
  const byPlace = [...hits].sort((a, b) => a.at - b.at);
  return (byPlace.find((h) => !general(h.entry.slot)) ?? byPlace[0])?.entry.id;
}

/**
 * Whether the asking sentence speaks of a requirement anywhere ("跑 WSL2 必须先开 Hyper-V 吗？",
 * where the verb of running comes first and names the purpose).
 */
export function namesRequirement(ctx: AnswerContext): boolean {
  // "…必须先开启 Hyper-V 功能。是这样吗？": a question that asks to confirm the story asks its need.
  if (ctx.reading.frame.confirms && ctx.reading.frame.predicate?.id === "require") return true;
  return lexiconOf(ctx.graph)
    .find(normalize(askingSentence(ctx.reading.question)), "predicate")
    .some((h) => h.entry.id === "require");
}

/**
 * The entity a question asks to do without: the first one named after "without", "instead of",
 * "不用" in the asking sentence ("Can Docker for Windows run on VirtualBox instead of Hyper-V?"
 * is Hyper-V).
 */
export function absentEntity(ctx: AnswerContext): KbEntity | null {
  return absentEntities(ctx)[0] ?? null;
}

/**
 * Every entity the asking sentence asks to do without, in order: for each absence cue, the first
 * one named after it in its own clause ("不用 Hyper-V 也不用 WSL 2" is both; in "Without
 * virtualization enabled in BIOS, can I use WSL 2?" WSL 2 is what is asked of, not left out).
 * Found in each clause's compact form, where names and Chinese cues are matched.
 */
export function absentEntities(ctx: AnswerContext): KbEntity[] {
  const lexicon = lexiconOf(ctx.graph);
  const out: KbEntity[] = [];
  for (const clause of clausesOf(askingSentence(ctx.reading.question))) {
    const n = normalize(clause);
    // Where each cue ends, every time it is written ("没有 Hyper-V 也没有 WSL 2").
    const keys = [...lexicon.find(n, "qualifier", "absence"), ...lexicon.find(n, "predicate", "alternative")].map(
      (h) => normalize(h.cue).compact,
    );
    const cues: number[] = [];
    for (const key of new Set(keys.filter((k) => k.length > 0)))
      for (let at = n.compact.indexOf(key); at >= 0; at = n.compact.indexOf(key, at + key.length))
        cues.push(at + key.length);
    cues.sort((a, b) => a - b);
    cues.forEach((from, i) => {
      const to = cues[i + 1] ?? n.compact.length;
      let best: { e: KbEntity; at: number } | null = null;
      for (const e of ctx.reading.entities) {
        for (const key of nameKeys(e)) {
          const at = n.compact.indexOf(key, from);
          if (at >= 0 && at < to && (!best || at < best.at)) best = { e, at };
        }
      }
      if (best && !out.includes(best.e)) out.push(best.e);
    });
  }
  return out;
}

const NAME_KEYS = new WeakMap<KbEntity, readonly string[]>();

/** An entity's names and aliases in compact form, worked out once per entity. */
function nameKeys(e: KbEntity): readonly string[] {
  let keys = NAME_KEYS.get(e);
  if (!keys) {
    keys = [e.name.en, e.name["zh-Hans"], ...e.aliases].map((n) => normalize(n).compact).filter((k) => k.length > 1);
    NAME_KEYS.set(e, keys);
  }
  return keys;
}

/**
 * The entities the asking sentence's verb is asked of: those named after its first verb
 * ("Can Docker Desktop's Hyper-V backend use the GPU?" asks about the GPU; "Docker Desktop 的
 * Hyper-V 后端能用显卡吗" too). Names before the verb say what does it, those after what it is
 * done with or on. Empty where no verb is named or nothing follows it.
 */
export function verbObjects(ctx: AnswerContext): KbEntity[] {
  const sentence = normalize(askingSentence(ctx.reading.question));
  const hits = lexiconOf(ctx.graph).find(sentence, "predicate");
  const at = Math.min(...hits.map((h) => compactAt(sentence, h.at, h.cue)));
  if (!Number.isFinite(at)) return [];
  // A concept ("containers", "a VM") is the general word, not a thing the verb is asked of.
  return ctx.reading.frame.asked.filter((e) => {
    if (e.concept) return false;
    const places = nameKeys(e)
      .map((k) => sentence.compact.indexOf(k))
      .filter((p) => p >= 0);
    return places.length > 0 && Math.min(...places) > at;
  });
}

/**
 * Whether the edition the question names is what its verb is asked of ("Does Docker Desktop's
 * Hyper-V backend need Windows Pro?", "Docker Desktop 需要专业版吗？"): an edition word after the
 * first verb, the word of asking (需要, need).
 */
export function editionAfterVerb(ctx: AnswerContext): boolean {
  if (ctx.reading.edition === null) return false;
  const after = afterFirstVerb(ctx);
  return after !== null && after.hits("qualifier", "edition").some((h) => h.entry.value === ctx.reading.edition);
}

/**
 * Whether the asking sentence names, after its first verb, a thing the knowledge base has no
 * entity for ("是不是得先在 WSL 里装一个 Ubuntu 发行版，Docker Desktop 才能用？" names Ubuntu, a
 * Linux distribution): a scope word of the lexicon, kept in scope by the Windows things beside it.
 */
export function outsideAfterVerb(ctx: AnswerContext): boolean {
  return (afterFirstVerb(ctx)?.hits("scope").length ?? 0) > 0;
}

/**
 * The lexicon's hits that stand after the asking sentence's first verb, or null where it has
 * no verb: what the two checks above look for there.
 */
function afterFirstVerb(ctx: AnswerContext): { hits: (role: LexiconRole, slot?: string) => LexiconHit[] } | null {
  const sentence = normalize(askingSentence(ctx.reading.question));
  const lexicon = lexiconOf(ctx.graph);
  const at = Math.min(...lexicon.find(sentence, "predicate").map((h) => compactAt(sentence, h.at, h.cue)));
  if (!Number.isFinite(at)) return null;
  return {
    hits: (role, slot) => lexicon.find(sentence, role, slot).filter((h) => compactAt(sentence, h.at, h.cue) > at),
  };
}

/**
 * The things a sentence names after one of its words (a lexicon hit's place): "Does Server 2019
 * come with Docker?" names Docker after "come with", "1709 的 nanoserver 里包含 PowerShell 吗"
 * names nothing the graph holds after 包含.
 */
export function namedAfter(ctx: AnswerContext, sentence: Normalized, hit: LexiconHit): KbEntity[] {
  const from = compactAt(sentence, hit.at, hit.cue) + normalize(hit.cue).compact.length;
  return ctx.reading.entities.filter((e) => nameKeys(e).some((k) => sentence.compact.indexOf(k, from) >= 0));
}

/**
 * Where a lexicon hit stands in the compact sentence: Chinese cues are found there, English
 * ones in the folded text, whose spaces the compact form leaves out.
 */
function compactAt(sentence: Normalized, at: number, cue: string): number {
  const folded = sentence.folded;
  return folded.startsWith(cue.toLowerCase(), at) ? folded.slice(0, at).replace(/ /g, "").length : at;
}

/**
 * Whether the sentence that asks is about two things at once ("Can they run side by side?"): a
 * story's "so I can use VMware and VirtualBox on the same machine" asks nothing of that kind.
 */
export function askedTogether(ctx: AnswerContext): boolean {
  if (!ctx.reading.sameTime) return false;
  // A message that is its question was read whole, typos corrected ("compatable").
  if (!ctx.reading.frame.context || ctx.reading.followUp) return true;
  const sentence = normalize(askingSentence(ctx.reading.question));
  const lexicon = lexiconOf(ctx.graph);
  return (
    lexicon.find(sentence, "marker", "sameTime").length > 0 ||
    lexicon.find(sentence, "marker", "afterChange").length > 0
  );
}

/** The typed lifecycle statuses of a thing that has ended: no longer developed or supported. */
export const RETIRED: ReadonlySet<string> = new Set([
  "deprecated",
  "archived",
  "removed",
  "end-of-support",
  "superseded",
]);

/** The typed lifecycle status the data gives an entity ("active", "end-of-support"), if any. */
export function lifecycleOf(e: KbEntity): string | null {
  return (e.attributes.status as { typed?: { status?: string } | null } | undefined)?.typed?.status ?? null;
}
