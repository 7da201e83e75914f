import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema, COST_MODEL, LIMITS } from "./createApollo.js";
import { CostMemo } from "./costMemo.js";
import { estimateCost, type Cost } from "./estimateCost.js";

const schema = buildSchema();

function operationOf(query: string) {
  const doc = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return { operation, fragments };
}

/** The memo's figures beside a fresh estimate, and how many walks it took. */
function compare(query: string, variableSets: Record<string, unknown>[]) {
  const { operation, fragments } = operationOf(query);
  const memo = new CostMemo();
  let walks = 0;
  const fresh = (v: Record<string, unknown>, on?: (n: string) => void): Cost =>
    estimateCost(schema, operation, fragments, v, COST_MODEL, LIMITS.cost, on);
  for (const v of variableSets) {
    const got = memo.estimate(operation, v, (on) => {
      walks++;
      return fresh(v, on);
    });
    expect(got, JSON.stringify(v)).toEqual(fresh(v));
  }
  return walks;
}

describe("cost estimates remembered per operation", () => {
  const ask = `query Ask($question: String!, $history: [String!]) {
    ask(question: $question, history: $history) { status text entities { slug } facts { id sources { url } } }
  }`;

  it("walks an operation once for every question with the same number of history turns", () => {
    const walks = compare(ask, [
      { question: "Can I run Docker on Windows 10 Home?" },
      { question: "Windows 7 能用 Docker 嗎？" },
      { question: "What is Hyper-V?", history: [] },
      { question: "Which editions?", history: [] },
    ]);
    // No history and an empty one are different shapes; the questions' words never matter.
    expect(walks).toBe(2);
  });

  it("estimates again when a list argument's length or a `first` changes, and gets the figures a fresh walk gets", () => {
    const ids = (n: number) => Array.from({ length: n }, () => "RW50aXR5Omh5cGVyLXY");
    const nodes = `query N($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { facts { text } } } }`;
    expect(compare(nodes, [{ ids: ids(2) }, { ids: ids(50) }, { ids: ids(2) }, { ids: ids(150) }])).toBe(3);
    const page = `query P($n: Int = 20) { entities(first: $n) { nodes { slug relations(first: $n) { nodes { type } } } } }`;
    expect(compare(page, [{ n: 5 }, { n: 100 }, {}, { n: 5 }, { n: "five" }, {}])).toBe(4);
  });

  it("keeps a different operation's estimate apart, even where the query text is the same", () => {
    const { operation: a, fragments } = operationOf(`query Q($n: Int) { entities(first: $n) { nodes { slug } } }`);
    const { operation: b } = operationOf(`query Q($n: Int) { entities(first: $n) { nodes { slug } } }`);
    const memo = new CostMemo();
    let walks = 0;
    const run = (op: OperationDefinitionNode) =>
      memo.estimate(op, { n: 3 }, (on) => {
        walks++;
        return estimateCost(schema, op, fragments, { n: 3 }, COST_MODEL, LIMITS.cost, on);
      });
    expect(run(a)).toEqual(run(b));
    expect(walks).toBe(2);
  });
});
