import { createAnswerEngine } from "@dockerwin/answers";
import { loadGraph, SearchIndex } from "@dockerwin/kb";
import type { ApolloServer } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { afterAll, beforeAll } from "vitest";
import type { Context } from "../context.js";
import { createApollo } from "../server/createApollo.js";

/** One result of an operation, as a client reads it. */
export interface Result<T> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

let context: Context | undefined;

/** Loading the graph takes a moment: every test file shares one. */
export function testContext(): Context {
  if (!context) {
    const graph = loadGraph();
    context = { graph, search: new SearchIndex(graph), answers: createAnswerEngine(graph) };
  }
  return context;
}

/** Runs operations in-process through the same Apollo setup the HTTP server uses (armor included). */
export async function inProcess(opts: { development?: boolean } = {}) {
  const apollo: ApolloServer<Context> = createApollo(opts);
  await apollo.start();
  const ctx = testContext();
  return {
    run: async <T = Record<string, unknown>>(
      query: string,
      variables?: Record<string, unknown>,
    ): Promise<Result<T>> => {
      const res = await apollo.executeOperation<T>(
        { query, ...(variables ? { variables } : {}) },
        { contextValue: ctx },
      );
      if (res.body.kind !== "single") throw new Error("expected a single result");
      return res.body.singleResult;
    },
    stop: () => apollo.stop(),
  };
}

/** Runs one operation in-process and gives its result. */
export type Run = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<Result<T>>;

/** An in-process Apollo for the file's (or the describe block's) tests, stopped after them. */
export function useInProcess(opts: { development?: boolean } = {}): Run {
  let server: Awaited<ReturnType<typeof inProcess>> | undefined;
  beforeAll(async () => {
    server = await inProcess(opts);
  });
  afterAll(() => server?.stop());
  return (query, variables) => {
    if (!server) throw new Error("the in-process server is used before its beforeAll ran");
    return server.run(query, variables);
  };
}

/** The data of a result that must have no errors. */
export function ok<T>(r: Result<T>): T {
  if (r.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  if (!r.data) throw new Error("no data");
  return r.data;
}

/** The codes of a result's errors, in order. */
export const codes = (r: Result<unknown>): unknown[] => (r.errors ?? []).map((e) => e.extensions?.code);

/** Whether a string holds Han characters: Chinese text. */
export const HAN = /\p{Script=Han}/u;
