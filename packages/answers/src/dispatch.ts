import type { Intent } from "./Answer.js";
import { INTENTS } from "./Answer.js";
import { answerClaim } from "./answer/answerClaim.js";
import { answerCompare } from "./answer/answerCompare.js";
import { answerCompatibility } from "./answer/answerCompatibility.js";
import { answerWithout } from "./answer/answerWithout.js";
import { answerEdition } from "./answer/answerEdition.js";
import { answerEditionOnly } from "./answer/answerEditionOnly.js";
import { answerError } from "./answer/answerError.js";
import { answerFactYesNo } from "./answer/answerFactYesNo.js";
import { answerHistory } from "./answer/answerHistory.js";
import { answerImageOnHost } from "./answer/answerImageOnHost.js";
import { answerPrice } from "./answer/answerPrice.js";
import { answerProperty } from "./answer/answerProperty.js";
import { answerReleaseSupport } from "./answer/answerReleaseSupport.js";
import { answerRelation } from "./answer/answerRelation.js";
import { answerRequiredBuild } from "./answer/answerRequiredBuild.js";
import { answerWhatIs, factAnswer, looseFactAnswer } from "./answer/answerWhatIs.js";
import { answerWhen } from "./answer/answerWhen.js";
import { answerWhich, UNKNOWN } from "./answer/answerWhich.js";
import type { AnswerContext, Draft } from "./answer/Draft.js";
import type { Executor, Ground } from "./answer/Executor.js";
import { settleVerdict } from "./answer/settleVerdict.js";
import { specificFactYesNo } from "./answer/specificFactYesNo.js";
import type { Lexicon } from "./read/Lexicon.js";

/**
 * What answers rest on, narrowest first. Where two executors answer one question, the narrower
 * ground speaks to what is asked and the broader one to a simpler question the first contains:
 * - a pasted error's entry, a comparison, a timeline or a dated event answer their own question
 *   types and never meet;
 * - a host's build and an image's, with the isolation mode asked, settle whether one runs the
 *   other more closely than any typed value or relation of the two systems;
 * - a build asked of as a requirement is settled by the lowest builds the relations give, not
 *   by whether the thing runs there;
 * - an OS's list of editions or a typed value (pricing, lifecycle, licence, hypervisor type)
 *   settles exactly the predicate the question names;
 * - a claim of the article the question restates, or a fact that shares the question's specific
 *   words ("the first desktop Windows to ship Hyper-V"), asks more than whether two things go
 *   together;
 * - a setup rule of data/setups settles whether Docker runs on an OS, edition and processor more
 *   closely than a relation between two entities, whose conditions say less;
 * - a fact matched by the question's ordinary words settles the rest;
 * - with no verdict: the entities a relation lists, an entity's summary, the fact that shares
 *   most with the question.
 */
export const GROUNDS: readonly Ground[] = [
  "errorEntry",
  "comparison",
  "timeline",
  "dated",
  "buildMatch",
  "minimumBuild",
  "editions",
  "typedValue",
  "claim",
  "specificFact",
  "setupWithout",
  "setupRule",
  "relation",
  "factWords",
  "relationList",
  "summary",
  "bestFact",
];

const ALL = INTENTS;

/** Every executor, each with the question types it answers, its ground and the slots it consumes. */
export const EXECUTORS: readonly Executor[] = [
  { name: "compare", types: ["COMPARE"], ground: "comparison", consumes: [], run: answerCompare },
  { name: "history", types: ["HISTORY"], ground: "timeline", consumes: [], run: answerHistory },
  { name: "when", types: ["WHEN"], ground: "dated", consumes: [], run: answerWhen },
  { name: "imageOnHost", types: ["YES_NO"], ground: "buildMatch", consumes: ["build"], run: answerImageOnHost },
  {
    name: "requiredBuild",
    types: ["YES_NO"],
    ground: "minimumBuild",
    consumes: ["build", "edition"],
    run: answerRequiredBuild,
  },
  { name: "edition", types: ["YES_NO"], ground: "editions", consumes: ["edition"], run: answerEdition },
  {
    name: "editionOnly",
    types: ["YES_NO"],
    ground: "editions",
    consumes: ["exclusive"],
    run: answerEditionOnly,
  },
  {
    name: "price",
    types: ["YES_NO", "UNKNOWN"],
    ground: "typedValue",
    consumes: ["price", "audience", "time", "size"],
    run: answerPrice,
  },
  {
    name: "releaseSupport",
    types: ["YES_NO"],
    ground: "typedValue",
    consumes: ["time", "build", "edition", "status"],
    run: answerReleaseSupport,
  },
  {
    name: "property",
    types: ["YES_NO"],
    ground: "typedValue",
    consumes: ["status", "licence", "hypervisorType", "time"],
    run: answerProperty,
  },
  { name: "claim", types: ["YES_NO"], ground: "claim", consumes: ["polarity"], wordMatched: true, run: answerClaim },
  {
    name: "specificFact",
    types: ["YES_NO"],
    ground: "specificFact",
    consumes: [],
    wordMatched: true,
    run: specificFactYesNo,
  },
  {
    name: "without",
    types: ["YES_NO"],
    ground: "setupWithout",
    consumes: ["absence", "edition", "build"],
    run: answerWithout,
  },
  {
    name: "compatibility",
    types: ["YES_NO", "HOW", "LIST", "UNKNOWN"],
    ground: "setupRule",
    consumes: ["edition", "build", "time", "arch"],
    run: answerCompatibility,
  },
  {
    name: "relation",
    types: ["YES_NO"],
    ground: "relation",
    consumes: ["edition", "build", "coexist", "time"],
    run: answerRelation,
  },
  {
    name: "factYesNo",
    types: ["YES_NO"],
    ground: "factWords",
    consumes: [],
    wordMatched: true,
    run: answerFactYesNo,
  },
  { name: "which", types: ["LIST", "UNKNOWN", "WHAT_IS"], ground: "relationList", consumes: [], run: answerWhich },
  { name: "whatIs", types: ALL, ground: "summary", consumes: [], run: answerWhatIs },
  { name: "fact", types: ALL, ground: "bestFact", consumes: [], run: factAnswer },
];

/** A pasted error, answered from its entry before anything else reads the paste's words. */
export const ERROR: Executor = {
  name: "error",
  types: ALL,
  ground: "errorEntry",
  consumes: [],
  run: answerError,
};

/** For questions with no entity: answered from the facts, with no verdict of its own. */
export const LOOSE: Executor = {
  name: "looseFact",
  types: ALL,
  ground: "bestFact",
  consumes: [],
  run: looseFactAnswer,
};

/**
 * Dispatch by frame: the question type chooses the executors that answer it, ordered by ground
 * (narrowest first). Built once, so a question costs only the executors of its type.
 */
export class Dispatcher {
  private readonly byType = new Map<Intent, readonly Executor[]>();

  constructor(
    private readonly lexicon: Lexicon,
    executors: readonly Executor[] = EXECUTORS,
  ) {
    const rank = (e: Executor) => GROUNDS.indexOf(e.ground);
    for (const type of INTENTS) {
      // Two executors of one type on one ground would leave the choice to a list's order.
      const chosen = executors.filter((e) => e.types.includes(type)).sort((a, b) => rank(a) - rank(b));
      for (let i = 1; i < chosen.length; i++) {
        const [a, b] = [chosen[i - 1]!, chosen[i]!];
        if (a.ground === b.ground && !disjoint(a, b))
          throw new Error(`executors ${a.name} and ${b.name} both answer ${type} on ${a.ground}`);
      }
      this.byType.set(type, chosen);
    }
  }

  /** The executors that may answer a question of this type, narrowest ground first. */
  candidates(type: Intent): readonly Executor[] {
    return this.byType.get(type) ?? [];
  }

  /**
   * The answer: the narrowest ground's, with two rules on the frame. A verdict stands only
   * where settleVerdict finds its executor consumed the frame; an answer whose verdict had to go
   * yields to a broader ground that settles the question, since a settled verdict tells more.
   * An answer with facts and no verdict of its own stands: a broader ground would settle a
   * simpler question than the one asked.
   * Running on after a withdrawn verdict is safe because each broader verdict passes the same
   * frame check: it stands only where its executor reads, or its fact states, the condition that
   * withdrew the narrower one ("on Arm": a fact about the Arm build). Stopping there instead
   * loses such answers and gains nothing a fact's own reading (its "not") does not decide.
   */
  answer(ctx: AnswerContext): Draft | null {
    let unsettled: Draft | null = null;
    for (const executor of this.candidates(ctx.reading.intent)) {
      const raw = executor.run(ctx);
      if (!raw) continue;
      if (raw === UNKNOWN) {
        if (unsettled) continue;
        return raw;
      }
      if (raw.verdict === null) {
        if (unsettled) continue;
        return { ...raw, by: executor.name };
      }
      const draft = settleVerdict(ctx, this.lexicon, executor, raw);
      if (draft.verdict !== null) return draft;
      unsettled ??= draft;
    }
    return unsettled;
  }

  /** One executor's answer, its verdict settled against the frame. */
  settled(ctx: AnswerContext, executor: Executor): Draft | null {
    if (!executor.types.includes(ctx.reading.intent)) return null;
    const draft = executor.run(ctx);
    return draft && draft !== UNKNOWN ? settleVerdict(ctx, this.lexicon, executor, draft) : draft;
  }
}

/**
 * Executors on one ground that answer different predicate families never meet: pricing and
 * lifecycle are typed values of different attributes, and each answers only its own.
 */
function disjoint(a: Executor, b: Executor): boolean {
  return a.consumes.some((s) => !b.consumes.includes(s)) && b.consumes.some((s) => !a.consumes.includes(s));
}
