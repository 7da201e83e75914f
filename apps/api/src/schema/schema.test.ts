import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  buildSchema as buildSdl,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { codes, testContext, useInProcess } from "../test/inProcess.js";
import { TYPE_OF_KIND } from "../resolvers/entity.js";
import { MAX_PAGE } from "../pagination.js";
import { buildSchema } from "../server/createApollo.js";
import { SCHEMA_DIR } from "./typeDefs.js";

/** shared/ sits beside the repository, as in a developer's checkout and in CI. */
const SHARED = fileURLToPath(new URL("../../../../../shared/contract/minimum.graphql", import.meta.url));
const COPY = `${SCHEMA_DIR}contract.graphql`;
const contractSdl = readFileSync(existsSync(SHARED) ? SHARED : COPY, "utf8");

const schema = buildSchema();
const contract = buildSdl(contractSdl);

/** Types of the schema's own design: not introspection, built-in scalars, federation or @link. */
const isOwn = (t: GraphQLNamedType) =>
  !isIntrospectionType(t) && !isSpecifiedScalarType(t) && !t.name.startsWith("_") && !t.name.includes("__");
const ownTypes = Object.values(schema.getTypeMap()).filter(isOwn);
const fieldsOf = (t: GraphQLNamedType): GraphQLField<unknown, unknown>[] =>
  isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()).filter((f) => !f.name.startsWith("_")) : [];

const argSignature = (a: GraphQLArgument) =>
  `${a.name}: ${String(a.type)}${a.defaultValue === undefined ? "" : ` = ${JSON.stringify(a.defaultValue)}`}`;

describe("the schema keeps the contract", () => {
  it.skipIf(!existsSync(SHARED))("has a copy of the contract equal to the shared one", () => {
    // The copy goes through Prettier with the rest of the repository: compare documents, not bytes.
    expect(print(parse(readFileSync(COPY, "utf8")))).toBe(print(parse(readFileSync(SHARED, "utf8"))));
  });

  for (const type of Object.values(contract.getTypeMap()).filter(isOwn)) {
    it(`keeps ${type.name} as the contract has it`, () => {
      const ours = schema.getType(type.name);
      expect(ours, `type ${type.name}`).toBeDefined();
      expect(ours!.constructor.name).toBe(type.constructor.name);
      expect(ours!.description).toBe(type.description);
      if (isEnumType(type) && isEnumType(ours)) {
        for (const v of type.getValues()) {
          const mine = ours.getValue(v.name);
          expect(mine, `${type.name}.${v.name}`).toBeDefined();
          expect(mine!.description).toBe(v.description);
        }
      }
      const fields = Object.fromEntries(fieldsOf(ours!).map((f) => [f.name, f]));
      for (const f of fieldsOf(type)) {
        const mine = fields[f.name];
        expect(mine, `${type.name}.${f.name}`).toBeDefined();
        expect(String(mine!.type), `${type.name}.${f.name}`).toBe(String(f.type));
        expect(mine!.description, `${type.name}.${f.name}`).toBe(f.description);
        const args = Object.fromEntries(mine!.args.map((a) => [a.name, a]));
        for (const a of f.args) {
          expect(args[a.name], `${type.name}.${f.name}(${a.name})`).toBeDefined();
          expect(argSignature(args[a.name]!)).toBe(argSignature(a));
        }
        // A new argument must not break a client that sends only the contract's.
        for (const extra of mine!.args.filter((a) => !f.args.some((c) => c.name === a.name))) {
          expect(isNonNullType(extra.type) && extra.defaultValue === undefined, `${f.name}(${extra.name})`).toBe(false);
        }
      }
    });
  }

  it("lets every implementation of the contract's Entity carry its fields", () => {
    for (const name of Object.values(TYPE_OF_KIND)) {
      const t = schema.getType(name);
      expect(isObjectType(t) && t.getInterfaces().some((i) => i.name === "Entity"), name).toBe(true);
    }
  });
});

describe("the schema documents itself", () => {
  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const t of ownTypes) {
      if (!t.description) missing.push(t.name);
      if (isEnumType(t)) for (const v of t.getValues()) if (!v.description) missing.push(`${t.name}.${v.name}`);
      for (const f of fieldsOf(t)) {
        if (!f.description) missing.push(`${t.name}.${f.name}`);
        for (const a of f.args) if (!a.description) missing.push(`${t.name}.${f.name}(${a.name})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("names enum values in SCREAMING_SNAKE_CASE", () => {
    const wrong = ownTypes
      .filter(isEnumType)
      .flatMap((t) => t.getValues().map((v) => `${t.name}.${v.name}`))
      .filter((name) => !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(name.split(".")[1]!));
    expect(wrong).toEqual([]);
  });
});

describe("every list that takes `first` caps it", () => {
  const run = useInProcess();

  const isList = (t: GraphQLOutputType): boolean =>
    isListType(isNonNullType(t) ? t.ofType : t) || getNamedType(t).name.endsWith("Connection");

  /** A query that reaches the field, with `first` set to the given value. */
  function reach(typeName: string, f: GraphQLField<unknown, unknown>, first: number): string {
    const args = [`first: ${first}`];
    for (const a of f.args) if (isNonNullType(a.type) && a.name !== "first") args.push(`${a.name}: "docker"`);
    const leaf = `${f.name}(${args.join(", ")}) { __typename }`;
    if (typeName === "Query") return `{ ${leaf} }`;
    const kind = Object.entries(TYPE_OF_KIND).find(([, t]) => t === typeName)?.[0];
    const slug = testContext().graph.entities(kind as never)[0]?.slug;
    if (!slug) throw new Error(`no entity to reach ${typeName}.${f.name} through`);
    return `{ entity(slug: "${slug}") { ... on ${typeName} { ${leaf} } } }`;
  }

  const paged = ownTypes
    .filter(isObjectType)
    .flatMap((t) => fieldsOf(t).map((f) => [t.name, f] as const))
    .filter(([, f]) => isList(f.type) && f.args.some((a) => a.name === "first"));

  it("finds the lists that take `first`", () => {
    expect(paged.map(([t, f]) => `${t}.${f.name}`)).toEqual(
      expect.arrayContaining(["Query.search", "Query.entities", "Hypervisor.relations"]),
    );
  });

  it.each(paged.map(([t, f]) => [`${t}.${f.name}`, t, f] as const))("%s", async (_, typeName, f) => {
    const first = f.args.find((a) => a.name === "first")!;
    expect(first.defaultValue === undefined || (first.defaultValue as number) <= MAX_PAGE).toBe(true);
    const over = await run(reach(typeName, f, MAX_PAGE + 1));
    expect(codes(over), JSON.stringify(over.errors)).toEqual(["BAD_USER_INPUT"]);
    const max = await run(reach(typeName, f, MAX_PAGE));
    expect(max.errors).toBeUndefined();
  });
});
