import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type FragmentDefinitionNode, type ValueNode } from "graphql";
import type { Context } from "../context.js";
import { CostMemo } from "./costMemo.js";
import { estimateCost, type CostModel } from "./estimateCost.js";

export interface CostLimits {
  maxCost: number;
  /** `ask` and `search` fields per operation, aliases and lists included. */
  maxExpensive: number;
  /** Items in one list argument (`ids`, `slugs`, `representations`). */
  maxListArgument: number;
  /** Cost that counts as one request against the client's rate limit. */
  costPerRequest: number;
}

/** A refusal before execution: the client's request is at fault, so 400, never a 500. */
const refuse = (message: string, code: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/** Whether every representation names its type, as `_entities` needs, so a mistake is a 400. */
function representationsProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  for (const [i, r] of value.entries()) {
    const typename = isValueNode(r)
      ? r.kind === Kind.OBJECT
        ? r.fields.find((f) => f.name.value === "__typename")?.value
        : undefined
      : (r as { __typename?: unknown } | null)?.__typename;
    const named = isValueNode(typename) ? (typename.kind === Kind.STRING ? typename.value : undefined) : typename;
    if (typeof named !== "string" || named === "") return `"representations[${i}]" has no "__typename"`;
  }
  return null;
}
const isValueNode = (v: unknown): v is ValueNode => typeof v === "object" && v !== null && "kind" in v;

/**
 * Refuses an operation whose estimated cost (lists multiplied out, variables included) is past the
 * limit, that runs too many `ask`/`search` fields, or whose list arguments are too long, before
 * anything runs; and charges what it does run to the client's rate limit.
 */
export function costLimit(model: CostModel, limits: CostLimits): ApolloServerPlugin<Context> {
  const memo = new CostMemo();
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document, operation, schema, contextValue }) => {
        if (!operation) return;
        const variables = request.variables ?? {};
        for (const sel of operation.selectionSet.selections) {
          if (sel.kind !== Kind.FIELD || sel.name.value !== "_entities") continue;
          const arg = sel.arguments?.find((a) => a.name.value === "representations")?.value;
          const value =
            arg?.kind === Kind.VARIABLE ? variables[arg.name.value] : arg?.kind === Kind.LIST ? arg.values : null;
          const problem = representationsProblem(value);
          if (problem) throw refuse(problem, "BAD_USER_INPUT");
        }
        const { cost, expensive, longestList } = memo.estimate(operation, variables, (onVariable) => {
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          return estimateCost(schema, operation, fragments, variables, model, limits.maxCost, onVariable);
        });
        if (longestList > limits.maxListArgument) {
          throw refuse(
            `A list argument holds ${longestList} items; the limit is ${limits.maxListArgument}.`,
            "BAD_USER_INPUT",
          );
        }
        if (cost > limits.maxCost) {
          throw refuse(
            `Cost limit of ${limits.maxCost} exceeded: this operation could resolve about ${cost} fields. ` +
              "Ask for fewer items (first) or fewer nested lists.",
            "COST_LIMIT_EXCEEDED",
          );
        }
        if (expensive > limits.maxExpensive) {
          throw refuse(
            `An operation may run ask or search at most ${limits.maxExpensive} times; this one runs them ${expensive} times.`,
            "COST_LIMIT_EXCEEDED",
          );
        }
        // The request itself was counted on arrival; what it costs beyond that is charged now.
        const extra = Math.floor(cost / limits.costPerRequest);
        if (extra > 0) contextValue.charge?.(extra);
      },
    }),
  };
}
