import type { Rule } from "../Rule.js";

/** Every file is valid YAML and matches its zod schema (the loader checks; this reports). */
export const Schema: Rule = {
  name: "Schema",
  description: "Every file is valid YAML and matches its schema.",
  check: (ds) => ds.problems.map((p) => ({ rule: "Schema", ...p })),
};
