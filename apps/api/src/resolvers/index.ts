import { answerResolvers } from "./answer.js";
import { entityResolvers } from "./entity.js";
import { errorResolvers } from "./errors.js";
import { feedbackResolvers } from "./feedback.js";
import { pricingResolvers } from "./pricing.js";
import { queryResolvers } from "./query.js";
import { typeResolvers } from "./types.js";

/** Every resolver, keyed by type then field; checked against the SDL at start-up. */
export const resolvers = {
  ...queryResolvers,
  ...entityResolvers,
  ...typeResolvers,
  ...answerResolvers,
  ...feedbackResolvers,
  ...errorResolvers,
  ...pricingResolvers,
  // Several files add root fields; merged, so none replaces another's.
  Query: { ...queryResolvers.Query, ...errorResolvers.Query },
};
