import type { KbEntity, KbSetup } from "@dockerwin/kb";
import type { Verdict } from "../Answer.js";
import { fill } from "../text/format.js";
import { P } from "../text/phrases.js";
import type { AnswerContext, Draft } from "./Draft.js";
import { bestFacts } from "./helpers.js";

/**
 * "Can Docker Desktop's Hyper-V backend run Linux containers?", "WSL 2 后端能跑 Windows 容器吗？":
 * a product and the part it runs on name a setup of data/setups, and a kind of container asked
 * of it is settled by the kinds that setup runs. Answered only where every setup the two name
 * agrees; a setup lists the container kinds it runs in full, so one it leaves out is a no.
 */
export function setupContainers(ctx: AnswerContext, a: KbEntity, b: KbEntity, object: KbEntity): Draft | null {
  if (object.kind !== "CONTAINER_TYPE") return null;
  const setups = ctx.graph.bundle.setups.filter((s) => s.uses.includes(a.slug) && s.uses.includes(b.slug));
  if (setups.length === 0) return null;
  const runs = (s: KbSetup) => s.containers.includes(object.slug);
  const verdict: Verdict | null = setups.every(runs) ? "YES" : setups.some(runs) ? null : "NO";
  if (verdict === null) return null;
  const { lang } = ctx;
  const pool = setups.flatMap((s) => s.rules.flatMap((r) => r.facts)).flatMap((id) => ctx.graph.fact(id) ?? []);
  // The facts on the kind asked about say why; the rest say what the setup needs.
  const own = pool.filter((f) => f.entities.includes(object.slug));
  const facts = bestFacts(ctx, [...new Set(own.length > 0 ? own : pool)], 2);
  return {
    verdict,
    parts: [fill(verdict === "YES" ? P.yes : P.no, lang), ...setups.map((s) => s.summary[lang])],
    entities: [a, b, object],
    facts,
  };
}
