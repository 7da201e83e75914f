import {
  defaultFieldResolver,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";
import type { Context } from "../context.js";

/**
 * Makes every list field of the schema count its items against the operation's budget
 * (`Context.budget`). Only list fields are wrapped, so scalars and objects resolve as before.
 */
export function withListBudget(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const t = isNonNullType(field.type) ? field.type.ofType : field.type;
      if (!isListType(t) || field.name.startsWith("__")) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        const value: unknown = resolve(source, args, ctx, info);
        if (ctx.budget && Array.isArray(value)) ctx.budget.spend(value.length);
        return value;
      };
    }
  }
  return schema;
}
