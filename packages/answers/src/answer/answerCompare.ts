import { compare } from "@dockerwin/kb";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { bestFacts, factsAbout } from "./helpers.js";

const MAX_ROWS = 6;

/**
 * "Compare Hyper-V and VirtualBox", "虚拟机和容器有什么区别": what each is, then the attributes
 * on which they differ, and the fact that speaks most to the question.
 */
export function answerCompare(ctx: AnswerContext): Draft | null {
  const { reading, graph, lang } = ctx;
  if (reading.intent !== "COMPARE") return null;
  const entities = reading.entities.slice(0, 3);
  if (entities.length < 2) return null;
  const c = compare(
    graph,
    entities.map((e) => e.slug),
  );
  const sep = fill(P.versus, lang);
  const rows = c.rows
    .filter((r) => r.key !== "kind" && r.differs && r.values.filter((v) => v !== null).length >= 2)
    .slice(0, MAX_ROWS)
    .map((r) =>
      fill(P.compareRow, lang, { label: r.label[lang], values: r.values.map((v) => v?.text[lang] ?? "?").join(sep) }),
    );
  // Facts naming two of them at least, counted without a list per fact: an entity has many facts.
  const shared = factsAbout(ctx, entities).filter((f) => {
    let named = 0;
    for (const e of entities) if (f.entities.includes(e.slug) && ++named >= 2) return true;
    return false;
  });
  const key = bestFacts(ctx, shared, 1).filter((f) => ctx.facts.score(f, reading.terms) > 0);
  const parts = [
    fill(P.compareIntro, lang, {
      a: entities[0]!.name[lang],
      b: entities
        .slice(1)
        .map((e) => e.name[lang])
        .join(sep),
    }),
    ...key.map((f) => f.text[lang]),
    ...entities.map((e) => e.summary[lang]),
    ...rows,
  ];
  const rowFacts = c.rows.flatMap((r) => r.values.flatMap((v) => v?.facts ?? [])).flatMap((id) => graph.fact(id) ?? []);
  return { verdict: null, parts, entities, facts: [...new Set([...key, ...rowFacts])].slice(0, 8) };
}
