import type { SetupMarks } from "@/lib/answerText";
import type { VerdictWords } from "@/lib/verdictWording";

/**
 * The answer engine's own words in en: how its text opens with a verdict, marks a setup's
 * verdict and starts the source article's critique, and the badge's wordings by the question's
 * verb. Apart from the other strings so that the chat's client code carries these, for every
 * language, and not every page's strings.
 */
export const answerWords = {
  /** The badge of a yes/no answer, worded from the question's verb; the first list whose cue the question holds. */
  verdictWords: [
    { id: "need", cues: ["need", "require"], YES: "Needed", NO: "Not needed", PARTLY: "Sometimes needed" },
    { id: "free", cues: ["free"], YES: "Free", NO: "Not free", PARTLY: "Partly free" },
    { id: "cost", cues: ["cost", "pay"], YES: "Costs money", NO: "Free", PARTLY: "Depends who uses it" },
    { id: "can", cues: ["can", "could"], YES: "Yes", NO: "No", PARTLY: "Partly" },
    { id: "support", cues: ["support"], YES: "Supported", NO: "Not supported", PARTLY: "Partly supported" },
  ] as VerdictWords[],
  /** How the answer engine's text opens with its verdict; dropped when the badge says it. */
  verdictLeads: ["Yes", "No", "Partly"],
  /** How the answer engine writes a setup's verdict after its name; each setup becomes a bullet. */
  setupMarks: { yes: [": yes."], partly: [": with conditions."], no: [": no."] } as SetupMarks,
  /** How the answer engine starts the source article's critique; it moves to its own panel. */
  critiqueCues: ["The source article says"],
};
