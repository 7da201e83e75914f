import type { OperationDefinitionNode } from "graphql";
import type { Cost } from "./estimateCost.js";

/**
 * What the cost estimate can see of one variable: a list's length, a number's value, or that it
 * was not given (its default counts then). Nothing else of a value moves the estimate.
 */
export function costShape(variables: Readonly<Record<string, unknown>>, name: string): string {
  if (!(name in variables)) return "-";
  const v = variables[name];
  return Array.isArray(v) ? `[${v.length}` : typeof v === "number" ? `#${v}` : "?";
}

interface Known {
  /** Each variable the estimate read, in order, with its shape then. */
  reads: readonly (readonly [string, string])[];
  cost: Cost;
}

/** Shapes remembered per operation: a client sends one operation with few list lengths. */
const PER_OPERATION = 16;

/**
 * Cost estimates remembered per parsed operation. Apollo hands out one parsed document per query
 * text, and the web app sends the same few operations with new variables each time, so the walk
 * over the selection runs once per operation and shape of its variables, not once per request.
 * An estimate is reused only where every variable it read has the same shape now: given those,
 * the walk goes the same way and arrives at the same figures.
 */
export class CostMemo {
  private readonly known = new WeakMap<OperationDefinitionNode, Known[]>();

  estimate(
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>>,
    compute: (onVariable: (name: string) => void) => Cost,
  ): Cost {
    let list = this.known.get(operation);
    const hit = list?.find((k) => k.reads.every(([name, shape]) => costShape(variables, name) === shape));
    if (hit) return hit.cost;
    const reads: (readonly [string, string])[] = [];
    const cost = compute((name) => reads.push([name, costShape(variables, name)]));
    if (!list) this.known.set(operation, (list = []));
    if (list.length >= PER_OPERATION) list.shift();
    list.push({ reads, cost });
    return cost;
  }
}
