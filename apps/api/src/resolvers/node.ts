import type { Context } from "../context.js";
import { fromGlobalId, type NodeType } from "../ids.js";
import { inLang } from "../language.js";
import { TYPE_OF_KIND } from "./entity.js";

/** Looks up any object by global ID; the result carries its GraphQL type for `Node`. */
export function nodeById(ctx: Context, id: string) {
  const parsed = fromGlobalId(id);
  if (!parsed) return null;
  const { graph } = ctx;
  const found: Record<NodeType, () => { v: unknown; type: string } | null> = {
    Entity: () => {
      const e = graph.entity(parsed.key);
      return e ? { v: e, type: TYPE_OF_KIND[e.kind] } : null;
    },
    Fact: () => wrap(graph.fact(parsed.key), "Fact"),
    Event: () =>
      wrap(
        graph.bundle.events.find((e) => e.id === parsed.key),
        "Event",
      ),
    Source: () => wrap(graph.source(parsed.key), "Source"),
    Claim: () =>
      wrap(
        graph.bundle.claims.find((c) => c.id === parsed.key),
        "Claim",
      ),
    Setup: () => wrap(graph.setup(parsed.key), "Setup"),
  };
  const hit = found[parsed.type]();
  return hit ? { ...inLang(hit.v, "en" as const), type: hit.type } : null;
}

const wrap = (v: unknown, type: string) => (v === undefined ? null : { v, type });
