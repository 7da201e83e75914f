/**
 * A GraphQL operation with the TypeScript types of its variables and its result attached, so that
 * `execute(doc, variables)` is checked end to end. The types come from generated.ts, which
 * scripts/codegen.mjs writes from the API's schema and these documents (npm run codegen; build
 * regenerates it, typecheck fails when it is stale); `operations.test.ts` runs every document
 * against the real API.
 */
export interface TypedDocument<TData, TVariables> {
  readonly operationName: string;
  readonly source: string;
  /** Never set: carries the result type. */
  readonly __data?: TData;
  /** Never set: carries the variables type. */
  readonly __variables?: TVariables;
}

export type DataOf<D> = D extends TypedDocument<infer T, unknown> ? T : never;
export type VariablesOf<D> = D extends TypedDocument<unknown, infer V> ? V : never;

/** Declares an operation; `fragments` are appended to its source. */
export function operation<TData, TVariables>(
  operationName: string,
  source: string,
  fragments: readonly string[] = [],
): TypedDocument<TData, TVariables> {
  return { operationName, source: [source, ...new Set(fragments)].join("\n") };
}
