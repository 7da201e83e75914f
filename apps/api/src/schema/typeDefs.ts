import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse, type DocumentNode } from "graphql";

/** The SDL lives in src/schema/*.graphql; this module is found there from src/ and from dist/. */
export const SCHEMA_DIR = fileURLToPath(new URL("../../src/schema/", import.meta.url));

/** The contract comes first, unchanged; everything else extends it. */
export function schemaSource(): string {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".graphql"))
    .sort((a, b) => (a === "contract.graphql" ? -1 : b === "contract.graphql" ? 1 : a.localeCompare(b)));
  return files.map((f) => readFileSync(SCHEMA_DIR + f, "utf8")).join("\n");
}

export function typeDefs(): DocumentNode {
  return parse(schemaSource());
}
