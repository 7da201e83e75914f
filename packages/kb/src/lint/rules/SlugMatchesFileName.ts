import { basename } from "node:path";
import { message, type Rule } from "../Rule.js";

/** One file per subject, named after it, so a contributor finds an entity by its slug. */
export const SlugMatchesFileName: Rule = {
  name: "SlugMatchesFileName",
  description: "An entity, setup or error file is named <slug>.yaml.",
  check(ds) {
    return [...ds.entities, ...ds.setups, ...ds.errors]
      .filter((r) => basename(r.file).replace(/\.ya?ml$/, "") !== r.value.slug)
      .map((r) => message(this.name, { file: r.file, path: "slug" }, `"${r.value.slug}" does not match the file name`));
  },
};
