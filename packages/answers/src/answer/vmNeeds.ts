import type { KbRelation } from "@dockerwin/kb";
import type { AnswerContext } from "./Draft.js";
import { lexiconOf } from "./helpers.js";

/**
 * What the things named need inside a virtual machine: the notes of their requirements that
 * speak of a VM ("Only inside a virtual machine: … needs nested virtualization for Hyper-V
 * isolation"), in the answer's language, each once. Asked of the inside of a VM ("Can I use
 * Hyper-V isolation inside a Windows Server VM?"), a yes holds only as far as these allow. The
 * relations an answer rests on count too, where their own note speaks of a VM ("A Windows
 * container host can itself be a virtual machine; it needs nested virtualization only…").
 */
export function vmNeeds(ctx: AnswerContext, slugs: readonly string[], chosen: readonly KbRelation[] = []): string[] {
  const { graph, lang } = ctx;
  const lexicon = lexiconOf(graph);
  const requirements = slugs
    .flatMap((slug) => graph.entity(slug)?.relations ?? [])
    .filter((r) => r.type === "REQUIRES");
  const notes = [...chosen, ...requirements]
    .flatMap((r) => (r.conditions?.note ? [r.conditions.note] : []))
    .filter((n) => lexicon.mentions(n.en, "qualifier", "host", "vm"));
  return [...new Set(notes.map((n) => n[lang]))];
}

/** Whether the question asks of the inside of a virtual machine ("inside a VM", 虛擬機器裡). */
export function asksInsideVm(ctx: AnswerContext): boolean {
  return ctx.reading.frame.qualifiers.some((q) => q.slot === "host" && q.value === "vm");
}
