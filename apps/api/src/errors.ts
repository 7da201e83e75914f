import { GraphQLError } from "graphql";

/** A client mistake, named so the client can fix it: never a 500. */
export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}
