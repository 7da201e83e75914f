import { hasHan, type EntityKind, type Graph, type KbEntity, type Lang, type RelationType } from "@dockerwin/kb";
import { detectLanguage } from "./detectLanguage.js";
import { findEdition, findVersionTokens, releaseWords } from "./editions.js";
import { Coordination } from "./coordination.js";
import { EntityMatcher, type EntityMention } from "./EntityMatcher.js";
import { askingSentence, readFrame } from "./Frame.js";
import { lexiconOf, type Lexicon, type LexiconHit } from "./Lexicon.js";
import { fromTokens, normalize, type Normalized, type Token } from "./normalize.js";
import type { Reading } from "./Reading.js";
import { SpellCorrector } from "./SpellCorrector.js";
import { siblingsByYear } from "./siblingYears.js";
import { ownWords } from "./ownWords.js";
import { buildsIn } from "./builds.js";
import { foreignSubject } from "./subjectScope.js";
import { stem, Terms } from "./terms.js";
import { INTENTS, type Intent } from "../Answer.js";
import { hostAndImage } from "../answer/hostAndImage.js";

/** The relations that name what may stand in for a thing. */
const ALTERNATIVE_RELATIONS: readonly RelationType[] = ["SUCCEEDED_BY", "ALTERNATIVE_TO"];

/** An image reference as a paste or a Dockerfile writes it: a repository, a colon, a tag. */
const IMAGE_REFERENCE = /[a-z0-9][\w./-]*:[\w][\w.-]*/gi;

/** How many earlier turns' readings are kept; conversations bring endless new ones. */
const MAX_TURNS = 5_000;

/**
 * Reads a question: language and script, entities (names, aliases, typos), edition, build and
 * intent; and, for a follow-up, what it means given the questions before it.
 */
export class Reader {
  private readonly matcher: EntityMatcher;
  private readonly speller: SpellCorrector;
  private readonly lexicon: Lexicon;
  private readonly terms: Terms;
  /** The versions and builds of the graph's releases, as a question may name them. */
  private readonly releases: ReadonlySet<string>;
  /** Readings of earlier turns, by the conversation up to them. */
  private readonly turns = new Map<string, Reading>();
  /** Stems of every word the knowledge base uses: "differ" is known because "differs" is. */
  private readonly stems = new Set<string>();
  private readonly coordination: Coordination;
  /** Chinese characters that carry no meaning of their own (的, 呢). */
  private readonly stopCharacters: ReadonlySet<string>;
  /** Every English word of the lexicon's cues but the out-of-scope subjects'. */
  private readonly lexiconWords = new Set<string>();
  /** The words of the out-of-scope subjects' cues: a typo is never corrected away from one ("WSLg" is no "WSL"). */
  private readonly scopeWords = new Set<string>();

  constructor(private readonly graph: Graph) {
    this.matcher = EntityMatcher.of(graph);
    this.lexicon = lexiconOf(graph);
    this.terms = new Terms(this.lexicon);
    this.releases = releaseWords(graph.bundle.entities);
    this.coordination = new Coordination(this.lexicon);
    this.stopCharacters = new Set(this.lexicon.cues("stop", "character").zh);
    for (const e of graph.bundle.lexicon ?? [])
      for (const cue of [...e.en, ...(e.unless?.en ?? [])])
        for (const w of cue.match(/[a-z][a-z0-9]+/g) ?? [])
          (e.role === "scope" ? this.scopeWords : this.lexiconWords).add(w);
    // Typos are corrected only towards names and question words; any other word the knowledge
    // base uses is known and left alone ("maintained" is not a misspelt "maintainer").
    // Question words: the lexicon's spelling markers.
    const targets = new Set<string>(this.lexicon.cues("marker", "spelling").en);
    const known = new Set<string>();
    const addWords = (into: Set<string>, s: string) => {
      for (const w of s.toLowerCase().match(/[a-z][a-z0-9]+/g) ?? []) into.add(w);
    };
    for (const e of graph.bundle.entities) {
      [e.slug.replace(/-/g, " "), e.name.en, ...e.aliases].forEach((s) => addWords(targets, s));
      addWords(known, e.summary.en);
    }
    for (const f of graph.bundle.facts) addWords(known, f.text.en);
    this.speller = new SpellCorrector(targets);
    for (const w of [...targets, ...known]) this.stems.add(stem(w));
  }

  /** The entity of one release of an OS, found by its build number. */
  /**
   * The OS a build names where the question names none. Releases of several systems share some
   * builds (17763 is Windows 10 1809 and Windows Server 2019): the question's word for a server
   * chooses the side, and a build still shared on that side names none.
   */
  private osOfBuild(build: number, q: Normalized): KbEntity | undefined {
    const having = this.graph.bundle.entities.filter(
      (e) => e.kind === "OS_VERSION" && e.releases.some((r) => r.build === build),
    );
    if (having.length <= 1) return having[0];
    const server = this.lexicon.find(q, "marker", "serverSide").length > 0;
    const side = having.filter((e) => this.lexicon.mentions(e.name.en, "marker", "serverSide", null) === server);
    return side.length === 1 ? side[0] : undefined;
  }

  private versionOf(os: string, build: number): KbEntity | undefined {
    return this.graph
      .neighbours(os, { type: "VERSION_OF", direction: "in" })
      .map((n) => n.entity)
      .find((e) => Number(e.attributes.build?.value) === build);
  }

  /**
   * Of a maker's products, the one most linked to the entities discussed; none where no product
   * is linked or two are linked alike.
   */
  private productOf(company: KbEntity, discussed: readonly KbEntity[]): KbEntity | undefined {
    const scored = this.graph
      .neighbours(company.slug, { type: "MADE_BY", direction: "in" })
      .map((n) => ({
        e: n.entity,
        s: new Set(
          this.graph
            .neighbours(n.entity.slug)
            .filter((x) => discussed.includes(x.entity))
            .map((x) => x.entity),
        ).size,
      }))
      .sort((a, b) => b.s - a.s);
    const [best, second] = scored;
    return best && best.s > 0 && (second === undefined || second.s < best.s) ? best.e : undefined;
  }

  /**
   * The nouns a name is said with ("backend" of "the Hyper-V backend" and of the name "WSL 2
   * backend", 后端 of "Hyper-V 后端"): the word after it, and its own last word where that is a
   * word rather than a number or letter; never a stop word nor another name. Chinese as two characters.
   */
  private roleWords(q: Normalized, mentions: readonly EntityMention[], m: EntityMention): string[] {
    const out: string[] = [];
    const next = q.tokens.filter((t) => t.start >= m.end);
    const first = next[0];
    const named = (t: Token) => mentions.some((o) => o !== m && o.start <= t.start && t.start < o.end);
    if (first !== undefined && !named(first)) {
      if (!first.han && !this.terms.stopWords.has(first.text)) out.push(first.text);
      const chars = next.filter((t) => t.han && !this.stopCharacters.has(t.text)).slice(0, 2);
      if (first.han && chars.length === 2 && chars[0] === first && chars[1]!.start === first.end)
        out.push(chars.map((t) => t.text).join(""));
    }
    const own = q.tokens.filter((t) => t.start >= m.start && t.end <= m.end);
    const last = own.at(-1);
    if (own.length > 1 && last && !last.han && /^[a-z]{3,}$/.test(last.text) && !this.terms.stopWords.has(last.text))
      out.push(last.text);
    return out;
  }

  /**
   * "Can Windows 10 1909 run 1909 containers?", then "那 ltsc2019 的映像呢？": a system the follow-up
   * names as the image, naming no host, joins the earlier host rather than taking its place; it
   * replaces only the earlier image. Null where the follow-up names no image alone, or the earlier
   * question's host is not known.
   */
  private imageJoined(q: Normalized, previous: Reading, now: readonly KbEntity[]): { entities: KbEntity[] } | null {
    const systems = now.filter((e) => e.kind === "OS_VERSION" && !previous.entities.includes(e));
    if (systems.length === 0) return null;
    if (this.lexicon.find(q, "marker", "imageSide").length === 0) return null;
    if (this.lexicon.find(q, "marker", "hostSide").length > 0) return null;
    // The earlier host: its pair's host, or the one system it named where it named no image
    // ("Windows Server 2016 的容器映像…", then "那 2019 版的容器映像呢？" asks of another image).
    const pair = hostAndImage(this.graph, this.lexicon, previous.question);
    const alone =
      previous.entities.filter((e) => e.kind === "OS_VERSION").length === 1 &&
      this.lexicon.find(previous.normalized, "marker", "imageSide").length === 0;
    if (pair === null && !alone) return null;
    const earlierImage = (e: KbEntity) =>
      pair !== null && pair.image.systems.includes(e) && !pair.host.systems.includes(e);
    const kept = previous.entities.filter((e) => !earlierImage(e));
    return { entities: [...kept, ...now.filter((e) => !kept.includes(e))] };
  }

  /** Whether the question carries a marker of the lexicon with that slot and value. */
  private marked(q: Normalized, slot: string, value: string): boolean {
    return this.lexicon.find(q, "marker", slot).some((h) => h.entry.value === value);
  }

  private knows(word: string): boolean {
    return this.speller.has(word) || this.stems.has(stem(word));
  }

  /** A name of the graph, a word of the lexicon, a stop word, or a typo of one. */
  private questionWord(word: string): boolean {
    return (
      this.speller.has(word) ||
      this.lexiconWords.has(word) ||
      this.terms.stopWords.has(word) ||
      this.speller.correct(word) !== word
    );
  }

  /** A word the knowledge base uses, a question may use of it, or a typo of one: no product of its own. */
  private known(word: string): boolean {
    return this.knows(word) || this.terms.stopWords.has(word) || this.speller.correct(word) !== word;
  }

  /** Reads a question in the light of the conversation so far (oldest first). */
  read(question: string, history: readonly string[] = [], forced?: Lang): Reading {
    let previous: Reading | undefined;
    const turns = history.slice(-5);
    // A conversation sends its earlier questions with every turn: each is read once.
    for (let i = 0; i < turns.length; i++) {
      const key = turns.slice(0, i + 1).join("\u0000");
      let known = this.turns.get(key);
      if (!known) {
        known = this.readOne(turns[i]!, previous);
        if (this.turns.size >= MAX_TURNS) this.turns.clear();
        this.turns.set(key, known);
      }
      previous = known;
    }
    const reading = this.readOne(question, previous);
    return forced ? { ...reading, answerLanguage: forced } : reading;
  }

  /** A text with its misspelt words corrected; a word the lexicon reads ("prod" of "in prod") is never corrected into another ("pro"). */
  private spelled(n: Normalized): Normalized {
    const corrected = n.tokens.map((t) =>
      t.han || this.knows(t.text) || this.scopeWords.has(t.text) || this.lexiconWords.has(t.text)
        ? t.text
        : this.speller.correct(t.text),
    );
    return corrected.some((t, i) => t !== n.tokens[i]!.text) ? fromTokens(corrected) : n;
  }

  private readOne(question: string, previous: Reading | undefined): Reading {
    const language = detectLanguage(question, previous?.language);
    const normalized = this.spelled(normalize(this.coordination.expand(question)));
    const folded = normalized.folded;

    const mentions = this.matcher.match(normalized);
    let entities = dedupe(mentions.map((m) => m.entity));
    entities = [...entities, ...siblingsByYear(this.graph, normalized, mentions, entities)];
    // A long message asks in one of its sentences; what that sentence names is what is asked.
    const askingRaw = askingSentence(question);
    // Corrected as the message is: "dokcer desktop 在 win11 家用版能裝嗎？…" asks of Docker Desktop.
    const askingNorm = askingRaw === question ? normalized : this.spelled(normalize(askingRaw));
    const askedMentions = askingRaw === question ? mentions : this.matcher.match(askingNorm);
    const asked = askingRaw === question ? entities : dedupe(askedMentions.map((m) => m.entity));
    const scopeOf = (known: (w: string) => boolean) =>
      foreignSubject(this.lexicon, { normalized, mentions }, askingRaw, askingNorm, askedMentions, known);
    // A follow-up that names nothing of the graph ("那 Proxmox 呢？") asks the last question of
    // what it does name: a name the graph and the lexicon do not know there is another product,
    // even where a fact happens to use the word.
    const foreign =
      scopeOf((w) => this.known(w)) ??
      (previous !== undefined && mentions.length === 0 ? scopeOf((w) => this.questionWord(w)) : null);
    const editionIds = entities.find((e) => e.editions.length > 0)?.editions.map((e) => e.id);
    // "Not on Home, ok. But on Education?": the edition the asking sentence names wins.
    // What a reported message says is required names no edition or build of the writer's.
    // What the writer read or heard ("I read that build 10565…") is neither.
    const { edition: ownEdition, build: own } = ownWords(this.lexicon, question, askingRaw, normalized);
    let edition =
      findEdition(this.lexicon, askingNorm, editionIds) ?? findEdition(this.lexicon, ownEdition.normalized, editionIds);
    let build: number | null = null;

    // "Windows 10 2004": a version after an OS names one of its releases, not another entity.
    for (const v of findVersionTokens(own.normalized.folded, this.releases)) {
      const os = entities.find((e) => e.releases.some((r) => r.version.toLowerCase() === v || String(r.build) === v));
      const release = os?.releases.find((r) => r.version.toLowerCase() === v || String(r.build) === v);
      if (release && os) {
        build = release.build;
        entities = entities.filter((e) => !(e.kind === "OS_VERSION" && e !== os && e.aliases.some((a) => a === v)));
        // "Windows 10 version 2004" is the version's own entity when the graph has one.
        const version = this.versionOf(os.slug, release.build);
        if (version) entities = entities.map((e) => (e === os ? version : e));
      } else if (/^\d{5}$/.test(v)) build = Number(v);
    }
    let frame = readFrame(this.lexicon, question, normalized, entities, asked, foreign);
    if (frame.build !== null && own.text !== question && !buildsIn(own.text, 1).includes(frame.build))
      frame = { ...frame, build: null };
    if (frame.build !== null) build = frame.build;
    // "ver says 10.0.14393", "組建是 17134": the build names its release, and the OS it is a release of.
    if (build !== null && !entities.some((e) => e.kind === "OS_VERSION")) {
      const os = this.osOfBuild(build, normalized);
      if (os) entities = [...entities, this.versionOf(os.slug, build) ?? os];
    }
    // A version entity (Windows 10 version 1607) is its parent OS at a build, for compatibility.
    // Two things named with no question word ("win11 home hyper-v") ask whether they go together.
    // A long message asks in one of its sentences: that sentence says what kind of answer it wants.
    // "Since Windows 10 1809, can a Windows 10 host run…?": a sentence that opens with a clause
    // of circumstance asks in the clause after it.
    const askedIntent = [askingNorm, ...laterClauses(askingRaw)].reduce<Intent>(
      (found, clause) => (found !== "UNKNOWN" ? found : detectIntent(this.lexicon, clause)),
      "UNKNOWN",
    );
    const cued = askedIntent !== "UNKNOWN" ? askedIntent : detectIntent(this.lexicon, normalized);
    const things = entities.filter((e) => !e.concept);
    // "vmware workstation free??": a name, a property and a question mark.
    const asking = /[?？]\s*$/.test(question) && things.length === 1 && normalized.tokens.length > 2;
    const whWord = this.lexicon.find(askingNorm, "marker", "wh").length > 0;
    // A property asked for ("how big is its image?", "最新版本是多少") is a question about it.
    // A value asked of it with a question mark ("vmware workstation free??", "virtualbox open
    // source?") asks whether it has that value; two values of one family ("第一型還是第二型？")
    // ask which it has.
    const valueAsked =
      asking &&
      !whWord &&
      frame.predicate?.value != null &&
      oneValueOf(this.lexicon, normalized, frame.predicate.family);
    const property = cued === "UNKNOWN" && !valueAsked && this.lexicon.find(normalized, "attribute").length > 0;
    // A message that reports trouble and holds no question mark asks for help, not a yes or no.
    const trouble = !/[?？]/.test(question) && this.lexicon.find(askingNorm, "marker", "trouble").length > 0;
    const intent: Intent = property
      ? "WHAT_IS"
      : cued === "UNKNOWN" && !whWord && !trouble && (things.length >= 2 || asking)
        ? "YES_NO"
        : cued;
    // "ok so what do I use for docker then?": what to use in place of the earlier subject.
    const alternativeHit = previous ? this.lexicon.find(normalized, "marker", "alternativeAsked")[0] : undefined;
    const alternativeAsked = alternativeHit !== undefined;
    // "I'm on Windows 10 Home. is that the problem?": whether what it states causes the failure before.
    const causeAsked = previous !== undefined && this.lexicon.find(normalized, "marker", "causeAsked").length > 0;
    // A subject outside the knowledge base is a question of its own: the history never pulls it in.
    const followUp =
      previous !== undefined &&
      frame.outOfScope === null &&
      (this.lexicon.find(normalized, "marker", "followUp").length > 0 ||
        alternativeAsked ||
        causeAsked ||
        entities.length === 0 ||
        (intent === "UNKNOWN" && entities.length <= 1));

    // A property asked for ("how big is its image?") is already WHAT_IS above: a question of its
    // own, not the last one's.
    let finalIntent: Intent = intent;
    let resolved = question.trim();
    if (followUp && previous && entities.every((e) => e.concept)) {
      // "What about 2022 images?", "那 2019 版的容器映像呢？": a bare year names the sibling of an OS
      // already discussed, beside the general words it is said with.
      const year = /\b(20\d\d)\b/.exec(folded)?.[1];
      for (const e of year ? previous.entities : []) {
        const sibling = this.graph.entity(e.slug.replace(/20\d\d$/, year!));
        if (sibling && sibling !== e) {
          entities = [sibling, ...entities];
          break;
        }
      }
    }
    // The name standing where an earlier one stood ("the Hyper-V backend", then "the WSL 2
    // backend?") takes that one's place, whatever their kinds.
    let parallel: KbEntity | undefined;
    if (followUp && previous) {
      // "Hyper-V and VirtualBox together?", then "VMware?": a maker stands for its product that
      // bears on what was discussed.
      entities = entities.map((e) => (e.kind === "COMPANY" ? (this.productOf(e, previous.entities) ?? e) : e));
      const fresh = entities.filter((e) => !e.concept && !previous.entities.includes(e));
      const now = fresh.length === 1 ? mentions.find((m) => m.entity === fresh[0]) : undefined;
      const words = now ? this.roleWords(normalized, mentions, now) : [];
      if (words.length > 0) {
        const before = this.matcher.match(previous.normalized);
        parallel = before.find(
          (m) =>
            m.entity !== fresh[0] &&
            previous.entities.includes(m.entity) &&
            this.roleWords(previous.normalized, before, m).some((w) => words.includes(w)),
        )?.entity;
      }
    }
    // "Is Docker Desktop paid for big companies?", then "since when?": a follow-up that names
    // nothing and asks nothing of its own asks about what the question before it did. A yes or
    // no is settled by what it says itself, not by the words of another question.
    const bare = followUp && entities.length === 0 && frame.predicate === null;
    let carriedOn: KbEntity[] = [];
    if (followUp && previous) {
      // "When did it become part of Docker Engine?": "it" keeps what was asked about, and the
      // new name joins it rather than taking its place.
      const pronoun = this.lexicon.find(normalized, "marker", "pronoun").length > 0;
      const image = this.imageJoined(normalized, previous, entities);
      // What is used instead is asked of the earlier subject: a system named says where ("…instead
      // on Windows 11?"); any other name says what it is for ("for docker", "a docker VM") and
      // comes after the earlier subject rather than taking its place.
      const systems = entities.filter((e) => e.kind === "OS_VERSION");
      const merged = image
        ? image.entities
        : alternativeAsked
          ? [
              ...mergeEntities(this.graph, previous.entities, systems),
              ...entities.filter((e) => !systems.includes(e) && !previous.entities.includes(e)),
            ]
          : pronoun || causeAsked
            ? [...previous.entities, ...entities.filter((e) => !previous.entities.includes(e))]
            : mergeEntities(this.graph, previous.entities, entities, parallel);
      if (image && build === null) build = previous.build;
      if (entities.length === 0 && edition === null) edition = previous.edition;
      else if (edition === null && !entities.some((e) => e.kind === "OS_VERSION")) edition = previous.edition;
      if (build === null && !entities.some((e) => e.kind === "OS_VERSION")) build = previous.build;
      if (!property && (finalIntent === "UNKNOWN" || this.lexicon.find(normalized, "marker", "carryOn").length > 0)) {
        finalIntent = finalIntent === "UNKNOWN" || finalIntent === "WHAT_IS" ? previous.intent : finalIntent;
      }
      // "What do I use then?" asks which thing, not yes or no, of the earlier subject's alternatives.
      if (alternativeAsked && (finalIntent === "YES_NO" || finalIntent === "HOW")) finalIntent = "UNKNOWN";
      carriedOn = merged.filter((e) => previous.entities.includes(e) && !entities.includes(e));
      entities = merged;
      resolved = `${previous.resolved} → ${question.trim()}`;
      // "And for a company with 300 employees?": the follow-up asks the same thing of new qualifiers.
      if (frame.predicate === null && previous.frame.predicate !== null)
        frame = { ...frame, predicate: previous.frame.predicate, predicates: previous.frame.predicates };
      // What to use instead asks for an alternative, not whether the earlier thing runs: no yes or no.
      if (alternativeHit?.entry.value)
        frame = {
          ...frame,
          predicate: { id: alternativeHit.entry.id, family: alternativeHit.entry.value, value: null },
          predicates: [alternativeHit.entry.id],
        };
    }
    const carried = bare && previous && finalIntent !== "YES_NO" ? previous.terms : [];
    // "how do I see which ports Windows reserved?" after a pasted error asks about that error.
    // "Could that be the problem?" asks about the error pasted before, too.
    const askedOfError = (bare && finalIntent !== "YES_NO") || (causeAsked && followUp);
    if (askedOfError && previous && frame.errorText === null && previous.frame.errorText !== null)
      frame = { ...frame, errorText: previous.frame.errorText };
    const rest = joinTokens(
      normalized.tokens.filter((t) => !mentions.some((m) => t.start >= m.start && t.end <= m.end && !m.entity.concept)),
    );
    const restNorm = normalize(rest);
    // "openjdk:11.0.4-jdk-windowsservercore-ltsc2016": the words of an image reference name the
    // image a host is asked to run, no subject of their own.
    const imageWords = new Set(
      (question.match(IMAGE_REFERENCE) ?? []).flatMap((ref) => ref.toLowerCase().match(/[a-z]+/g) ?? []),
    );
    return {
      question,
      language,
      answerLanguage: language,
      normalized,
      intent: finalIntent,
      entities,
      edition,
      build,
      askedKind:
        (this.lexicon.first(restNorm, "askedKind")?.entry.value as EntityKind | undefined) ??
        // "Which Windows 10 version …" asks for one of that OS's versions.
        (entities.some((e) => e.releases.length > 0) && this.lexicon.find(restNorm, "marker", "releaseAsked").length > 0
          ? "OS_VERSION"
          : null),
      // What is used in a thing's place is its successor or an alternative to it, not what it uses.
      relationHints:
        alternativeAsked && followUp
          ? [...ALTERNATIVE_RELATIONS]
          : this.lexicon
              .find(restNorm, "relation")
              .filter((h) => !attributive(restNorm, h))
              .map((h) => h.entry.value as RelationType),
      terms: [
        ...this.terms.ofQuestion(rest),
        ...(edition ? [edition] : []),
        // Version numbers ("VirtualBox 6.0") lose their dots in normalising; take them from the question.
        ...(question.match(/\d+(?:\.\d+)+/g) ?? []),
        ...carried,
      ],
      unknownWords: normalized.tokens
        .filter(
          (t) =>
            !t.han &&
            /^[a-z]{4,}$/.test(t.text) &&
            !this.knows(t.text) &&
            !this.terms.stopWords.has(t.text) &&
            !imageWords.has(t.text),
        )
        .map((t) => t.text),
      // A follow-up keeps what the question before it asked about ("…at the same time? And VirtualBox?").
      // Whether a thing still works once another was turned on ("装了之后 VMware 还能用吗？") asks
      // whether the two go together; "After installing Docker Desktop, can I run…?" only orders steps.
      sameTime:
        this.lexicon.find(normalized, "marker", "sameTime").length > 0 ||
        ((frame.predicate?.family === "status" || frame.qualifiers.some((q) => q.slot === "time")) &&
          this.lexicon.find(normalized, "marker", "afterChange").length > 0) ||
        (followUp && previous?.sameTime === true),
      // An announcement comes before what follows it, so "when was X announced" asks for the first.
      first: this.marked(normalized, "order", "first"),
      last: this.marked(normalized, "order", "last"),
      next: this.marked(normalized, "next", "next") && followUp,
      production: this.lexicon.find(normalized, "qualifier", "use").length > 0,
      still: this.lexicon.find(normalized, "qualifier", "time").length > 0,
      // Asking what caused a failure is troubleshooting it: facts that connect the two, no bare yes or no.
      reportsTrouble: trouble || (causeAsked && followUp),
      followUp,
      carried: carriedOn,
      earlier: followUp && previous ? previous.question : null,
      resolved,
      frame,
    };
  }
}

/** Tokens back to text: words apart, Chinese characters together, as regexes expect them. */
function joinTokens(tokens: readonly Token[]): string {
  let out = "";
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    out += i === 0 || (prev?.han && t.han) ? t.text : ` ${t.text}`;
  });
  return out;
}

/** What kind of answer a question asks for: the question type of lowest rank whose cues it carries. */
/** The clauses of a sentence after its first comma, each as a question of its own. */
function laterClauses(sentence: string): Normalized[] {
  return sentence
    .split(/[,，]/)
    .slice(1)
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .map((c) => normalize(c));
}

export function detectIntent(lexicon: Lexicon, q: Normalized): Intent {
  const value = lexicon.first(q, "questionType")?.entry.value;
  return INTENTS.find((i) => i === value) ?? "UNKNOWN";
}

function dedupe(list: KbEntity[]): KbEntity[] {
  return [...new Set(list)];
}

/**
 * A follow-up replaces what it names and keeps the rest: after "Does Windows 7 support
 * Hyper-V?", "What about Windows 10?" means Hyper-V on Windows 10.
 */
function mergeEntities(
  graph: Graph,
  before: readonly KbEntity[],
  now: readonly KbEntity[],
  parallel?: KbEntity,
): KbEntity[] {
  if (now.length === 0) return [...before];
  // "And the other way round, a 2022 host with 2019 images?": a follow-up that names its own pair
  // asks in its own order; the earlier entities stay only where it names nothing of their kind.
  if (now.length >= 2)
    return [...now, ...before.filter((b) => !now.includes(b) && !now.some((n) => n.kind === b.kind))];
  const out = [...before];
  for (const n of now) {
    if (out.includes(n)) continue;
    if (parallel !== undefined && !n.concept && out.includes(parallel)) {
      out[out.indexOf(parallel)] = n;
      continue;
    }
    // Of the earlier entities of the same kind, the new one replaces one it is not compared
    // with: after "VMware Workstation with Hyper-V on?", "and VirtualBox?" replaces VMware.
    const same = out.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === n.kind && !now.includes(b));
    const unrelated = same.filter(({ b }) => !graph.neighbours(n.slug).some((x) => x.entity === b));
    const target = (unrelated.length > 0 ? unrelated : same).at(-1);
    if (target) out[target.i] = n;
    else out.push(n);
  }
  return out;
}

/** Whether the question names one value of the predicate family and no other ("free", not "free or paid"). */
function oneValueOf(lexicon: Lexicon, q: Normalized, family: string): boolean {
  const values = lexicon.find(q, "predicate").filter((h) => h.entry.slot === family);
  return new Set(values.map((h) => h.entry.value)).size === 1;
}

/**
 * "Docker 环境中使用的镜像是否相同？": a Chinese verb followed by 的 and a noun describes that
 * noun (the images used), and is no relation asked; "是哪家公司開發的？" ends its clause on 的
 * and still asks who made it.
 */
function attributive(q: Normalized, hit: LexiconHit): boolean {
  if (!hasHan(hit.cue)) return false;
  const after = q.compact.slice(hit.at + hit.cue.length, hit.at + hit.cue.length + 2);
  return after[0] === "的" && after[1] !== undefined && hasHan(after[1]) && !/[吗嗎呢吧啊]/.test(after[1]);
}
