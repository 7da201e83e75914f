import { GraphQLError } from "graphql";

/**
 * What one operation may use while it runs: list items resolved and wall-clock time. The cost
 * estimate refuses what is plainly too big before anything runs, but it can only guess how long
 * an unbounded list is; this counts what really comes back, and stops the operation there.
 */
export class ExecutionBudget {
  private items: number;
  private readonly deadline: number;

  constructor(
    items: number,
    private readonly ms: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.items = items;
    this.deadline = now() + ms;
  }

  /** Counts `n` more list items; throws once the operation has used its items or its time. */
  spend(n: number): void {
    this.items -= n;
    if (this.items < 0)
      throw new GraphQLError("This operation returns too many items: ask for fewer (first) or fewer nested lists.", {
        extensions: { code: "BUDGET_EXCEEDED" },
      });
    if (this.now() > this.deadline)
      throw new GraphQLError(`This operation ran past its time limit of ${this.ms} ms.`, {
        extensions: { code: "BUDGET_EXCEEDED" },
      });
  }
}
