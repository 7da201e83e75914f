export type { Answer, Intent, Interpretation, Verdict } from "./Answer.js";
export { INTENTS } from "./Answer.js";
export { createAnswerEngine, type AnswerEngine } from "./AnswerEngine.js";
