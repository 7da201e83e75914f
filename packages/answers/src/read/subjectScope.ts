import type { KbEntity } from "@dockerwin/kb";
import type { EntityMention } from "./EntityMatcher.js";
import type { Lexicon, LexiconHit } from "./Lexicon.js";
import { normalize, type Normalized } from "./normalize.js";

/** A Latin word as typed, with the signs that join the parts of a product's name. */
const LATIN_NAME = /[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/g;
const HAN = /\p{Script=Han}/u;
/** How many words may open a question before its subject ("why does", "how can I"). */
const MAX_OPENING = 3;
/** The shortest part of a name that can be told from an abbreviation or a typo. */
const MIN_PART = 3;

/**
 * What a question asks about must be in the domain, not merely named somewhere in it. In "Can
 * Sandboxie run several sandboxes at once, like Docker containers?" the subject is a product the
 * knowledge base does not know; Docker is only what it is likened to, and "containers" is a
 * word for a kind of thing. Such a question is about the other product's own features.
 *
 * Returns that product's name when the asking sentence asks (a question mark or a question
 * word) and names nothing of the domain besides: every entity it names is a kind of thing (a
 * concept) or follows a resemblance cue ("like", "類似"). A word that stands beside a name of the
 * domain elsewhere in the message qualifies that name ("Windows 10 Enterprise 2016 LTSB"), and
 * is no product of its own. Otherwise null.
 */
export function foreignSubject(
  lexicon: Lexicon,
  message: { normalized: Normalized; mentions: readonly EntityMention[] },
  asking: string,
  askingNorm: Normalized,
  mentions: readonly EntityMention[],
  known: (word: string) => boolean,
): string | null {
  // Most questions name nothing the knowledge base does not know: that is looked at first.
  let beside: ReadonlySet<string> | undefined;
  const besideOf = () => (beside ??= besideNames(message.normalized, message.mentions));
  const first = firstName(asking, known, besideOf);
  if (first === null) return null;
  if (!/[?？]/.test(asking) && lexicon.find(askingNorm, "questionType").length === 0) return null;
  const likened = mentions.length > 0 ? resemblanceEnds(lexicon, askingNorm) : NONE;
  const domain = mentions.filter((m) => !m.entity.concept && !likened.has(m.start));
  if (domain.length === 0) return first.word;
  // A product that opens the question is what it asks about, and the domain's names after it
  // are where or with what ("Azure Pipelines 的 container jobs 為什麼只支援 Windows Server？").
  // Only question words may come before it ("Why does", "Can"): in "If BOINC switched to
  // Hyper-V, could I…" the question is asked later.
  const opening = normalize(asking.slice(0, first.index));
  const opens =
    opening.tokens.length === 0 ||
    (opening.tokens.length <= MAX_OPENING && lexicon.find(opening, "questionType").length > 0);
  return opens && domain.every((m) => m.start >= opening.compact.length + 1) ? first.word : null;
}

const NONE: ReadonlySet<number> = new Set();

/** The first name in a sentence that is no word of the knowledge base, and where it is. */
function firstName(
  asking: string,
  known: (word: string) => boolean,
  besideOf: () => ReadonlySet<string>,
): { word: string; index: number } | null {
  const chinese = HAN.test(asking);
  for (const m of asking.matchAll(LATIN_NAME)) {
    const word = m[0];
    // A name is written as one: in a Chinese sentence every Latin word is a name or a term; in
    // English a capital inside the word (ESXi), or at its start where no sentence starts.
    const named = chinese || /[A-Z]/.test(word.slice(1)) || (/^[A-Z]/.test(word) && !startsSentence(asking, m.index));
    if (!named) continue;
    // "MobyLinuxVM" is made of words the knowledge base knows: Moby, Linux, VM.
    const whole = partsOf(word);
    if (whole.every((p) => known(p))) continue;
    const parts = partsOf(word.replace(/([a-z])([A-Z])/g, "$1 $2"));
    const foreign = parts.find((p) => /^[a-z]+$/.test(p) && p.length >= MIN_PART && !known(p));
    if (foreign !== undefined && !besideOf().has(foreign)) return { word, index: m.index };
  }
  return null;
}

/** The words of a Latin name as a question is folded: lower case, apart at signs and spaces. */
const partsOf = (name: string) =>
  name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((p) => p.length > 0);

/** Whether a word at this position starts a sentence: nothing but spaces since an end mark. */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === " " || c === "\n" || c === "\t") continue;
    return /[.!?:;。！？]/.test(c);
  }
  return true;
}

const CUES = new WeakMap<Lexicon, readonly string[]>();

/**
 * Where in the compact question a name likened to something may start: right after a
 * resemblance cue ("like Docker", "like the Docker CLI", "类似 docker compose").
 */
function resemblanceEnds(lexicon: Lexicon, q: Normalized): ReadonlySet<number> {
  const out = new Set<number>();
  if (lexicon.find(q, "marker", "resemblance").length === 0) return out;
  let cues = CUES.get(lexicon);
  if (!cues) {
    const { en, zh } = lexicon.cues("marker", "resemblance");
    CUES.set(lexicon, (cues = [...en.map((c) => normalize(c).compact), ...zh]));
  }
  for (const cue of cues) {
    // "像...那样": the name stands after the first part, and the second part follows it.
    const [head = cue, ...rest] = cue.split("...");
    for (let at = q.compact.indexOf(head); at >= 0; at = q.compact.indexOf(head, at + 1)) {
      // A Latin cue must be a whole word of the question ("like", not "unlike" or "likely").
      if (!HAN.test(head) && !(q.boundaries.has(at) && q.boundaries.has(at + head.length))) continue;
      if (rest.length > 0 && !q.compact.includes(rest.join(""), at + head.length)) continue;
      out.add(at + head.length);
    }
  }
  return out;
}

/** How many words after a name of the domain still qualify it ("Windows 10 Enterprise 2016 LTSB"), numbers aside. */
const QUALIFYING_REACH = 2;

/** The words of a message that follow a name of the domain closely enough to qualify it. */
function besideNames(q: Normalized, mentions: readonly EntityMention[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.entity.concept) continue;
    // Numbers (a year, a version) stand between a name and its qualifiers without counting.
    let words = 0;
    for (const t of q.tokens) {
      if (t.start < m.end) continue;
      out.add(t.text);
      if (!/^\d+$/.test(t.text) && ++words >= QUALIFYING_REACH) break;
    }
  }
  return out;
}

/**
 * The scope slot of a neighbouring subject that is out of scope only where a question asks about
 * it (data/lexicon/scope.yaml): Windows Sandbox, a phone, a guest's own network.
 */
export const SUBJECT_SLOT = "subject";

const SUBJECT_NAMES = new WeakMap<KbEntity, readonly string[]>();

/** The value of a subject that belongs to a guest (its network): what the guest runs in is only where it is. */
const GUEST = "guest";
const HOMES = new WeakMap<Lexicon, WeakMap<KbEntity, boolean>>();

/** Whether an entity is what a guest runs in (WSL, a hypervisor), by its name among the guestHome markers. */
function guestHome(lexicon: Lexicon, e: KbEntity): boolean {
  let homes = HOMES.get(lexicon);
  if (!homes) HOMES.set(lexicon, (homes = new WeakMap()));
  let home = homes.get(e);
  if (home === undefined) {
    const names = new Set([e.name.en.replace(/\(.*\)/, ""), ...e.aliases].map((n) => normalize(n).folded.trim()));
    home = lexicon.cues("marker", "guestHome").en.some((c) => names.has(normalize(c).folded));
    homes.set(e, home);
  }
  return home;
}

/**
 * Whether a question asks about the neighbouring subject a scope cue names, rather than about how
 * it meets the domain: its asking sentence names nothing of the domain but systems (an OS) and
 * kinds of things (a VM, containers), or names that the cue itself holds ("GPU" of "GPU
 * partitioning"). "How do I get Windows Sandbox installed?" asks about Sandbox; "VirtualBox and
 * Windows Sandbox clash with Hyper-V, do I have to reboot each time?" asks about the hypervisors.
 * A guest's own subject (its DNS, a VPN) is where the guest runs too: "How do I make WSL use the
 * VPN's DNS?" asks about the guest's network, WSL being only where it is; beside a second such
 * thing ("since WSL 2 is on, my VirtualBox guest has no DNS") it asks how the two meet.
 */
export function asksOnlyAbout(lexicon: Lexicon, hit: LexiconHit, asked: readonly KbEntity[]): boolean {
  const folded = normalize(hit.cue).compact;
  // One thing a guest runs in is where it is; two ("since WSL 2 is on, my VirtualBox guest…") meet.
  const guest = hit.entry.value === GUEST && asked.filter((e) => guestHome(lexicon, e)).length === 1;
  return asked.every((e) => {
    if (e.concept || e.kind === "OS_VERSION" || (guest && guestHome(lexicon, e))) return true;
    let names = SUBJECT_NAMES.get(e);
    if (!names) {
      names = [e.name.en, e.name["zh-Hans"], ...e.aliases].map((n) => normalize(n).compact).filter((n) => n !== "");
      SUBJECT_NAMES.set(e, names);
    }
    return names.some((n) => folded.includes(n));
  });
}
