import { isInterfaceType, isObjectType, type GraphQLSchema } from "graphql";

type ResolverMap = Record<string, Record<string, unknown>>;

const SPECIAL = new Set(["__resolveType", "__resolveReference", "__isTypeOf"]);

/**
 * Keeps schema and resolvers from drifting apart: every resolver must name a type and field of
 * the SDL, and a type with any resolver must resolve all its fields, so a field added to the SDL
 * cannot silently come back null. Types without resolvers are plain objects (connections, stats).
 */
export function resolverProblems(schema: GraphQLSchema, resolvers: ResolverMap): string[] {
  const problems: string[] = [];
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type || !(isObjectType(type) || isInterfaceType(type))) {
      problems.push(`resolvers name type ${typeName}, which the schema does not have`);
      continue;
    }
    const schemaFields = type.getFields();
    for (const field of Object.keys(fields)) {
      if (!SPECIAL.has(field) && !(field in schemaFields))
        problems.push(`resolver ${typeName}.${field} has no field in the schema`);
    }
    if (isObjectType(type) && typeName !== "Query") {
      for (const field of Object.keys(schemaFields)) {
        if (!(field in fields)) problems.push(`field ${typeName}.${field} has no resolver`);
      }
    }
  }
  return problems;
}
