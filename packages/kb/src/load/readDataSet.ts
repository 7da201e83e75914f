import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseDocument } from "yaml";
import { z } from "zod";
import { AttributesFileSchema } from "../schema/attribute.js";
import { ClaimsFileSchema } from "../schema/claim.js";
import { EntitySchema } from "../schema/entity.js";
import { ErrorEntrySchema } from "../schema/error.js";
import { EventsFileSchema } from "../schema/event.js";
import { FactsFileSchema } from "../schema/fact.js";
import { GlossaryFileSchema } from "../schema/glossary.js";
import { LexiconFileSchema } from "../schema/lexicon.js";
import { SetupSchema } from "../schema/setup.js";
import { SourcesFileSchema } from "../schema/source.js";
import type { DataSet, FileProblem } from "./DataSet.js";
import { formatPath } from "./formatPath.js";

/**
 * Reads data/ into a DataSet. It never throws on bad content: unreadable YAML and schema
 * mismatches become problems with file and path, because contributors need all of them at once.
 */
export function readDataSet(root: string, dataDir = join(root, "data")): DataSet {
  const ds: DataSet = {
    root,
    entities: [],
    facts: [],
    events: [],
    claims: [],
    setups: [],
    sources: [],
    attributes: [],
    errors: [],
    lexicon: [],
    glossary: [],
    problems: [],
    texts: new Map(),
  };
  const rel = (abs: string) => relative(root, abs).split("\\").join("/");

  const read = <S extends z.ZodType>(abs: string, schema: S): z.infer<S> | undefined => {
    const file = rel(abs);
    const text = readFileSync(abs, "utf8");
    ds.texts.set(file, text);
    const doc = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const line = e.linePos?.[0];
        ds.problems.push({
          file,
          path: line ? `line ${line.line}` : "",
          message: `is not valid YAML: ${e.message.split("\n")[0]}`,
        });
      }
      return undefined;
    }
    const parsed = schema.safeParse(doc.toJS());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ds.problems.push(toProblem(file, issue));
      return undefined;
    }
    return parsed.data;
  };

  const yamlFiles = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
          .sort()
          .map((f) => join(dir, f))
      : [];

  for (const abs of yamlFiles(join(dataDir, "entities"))) {
    const entity = read(abs, EntitySchema);
    if (!entity) continue;
    const file = rel(abs);
    ds.entities.push({ value: entity, file, path: "" });
    entity.facts.forEach((fact, i) => ds.facts.push({ value: fact, file, path: `facts[${i}]`, owner: entity.slug }));
  }
  for (const abs of yamlFiles(join(dataDir, "facts"))) {
    const doc = read(abs, FactsFileSchema);
    doc?.facts.forEach((fact, i) => ds.facts.push({ value: fact, file: rel(abs), path: `facts[${i}]` }));
  }
  for (const abs of yamlFiles(join(dataDir, "events"))) {
    const doc = read(abs, EventsFileSchema);
    doc?.events.forEach((ev, i) => ds.events.push({ value: ev, file: rel(abs), path: `events[${i}]` }));
  }
  for (const abs of yamlFiles(join(dataDir, "setups"))) {
    const setup = read(abs, SetupSchema);
    if (setup) ds.setups.push({ value: setup, file: rel(abs), path: "" });
  }
  for (const abs of yamlFiles(join(dataDir, "errors"))) {
    const entry = read(abs, ErrorEntrySchema);
    if (entry) ds.errors.push({ value: entry, file: rel(abs), path: "" });
  }
  for (const abs of yamlFiles(join(dataDir, "lexicon"))) {
    const doc = read(abs, LexiconFileSchema);
    doc?.entries.forEach((e, i) => ds.lexicon.push({ value: e, file: rel(abs), path: `entries[${i}]` }));
  }
  const single = <S extends z.ZodType>(name: string, schema: S) => {
    const abs = join(dataDir, name);
    if (existsSync(abs)) return read(abs, schema);
    ds.problems.push({ file: rel(abs), path: "", message: "is missing" });
    return undefined;
  };
  single("claims.yaml", ClaimsFileSchema)?.claims.forEach((c, i) =>
    ds.claims.push({ value: c, file: rel(join(dataDir, "claims.yaml")), path: `claims[${i}]` }),
  );
  single("sources.yaml", SourcesFileSchema)?.sources.forEach((s, i) =>
    ds.sources.push({ value: s, file: rel(join(dataDir, "sources.yaml")), path: `sources[${i}]` }),
  );
  single("attributes.yaml", AttributesFileSchema)?.attributes.forEach((a, i) =>
    ds.attributes.push({ value: a, file: rel(join(dataDir, "attributes.yaml")), path: `attributes[${i}]` }),
  );
  single("glossary.yaml", GlossaryFileSchema)?.terms.forEach((t, i) =>
    ds.glossary.push({ value: t, file: rel(join(dataDir, "glossary.yaml")), path: `terms[${i}]` }),
  );
  return ds;
}

function toProblem(file: string, issue: z.core.$ZodIssue): FileProblem {
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    return { file, path, message: `has unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}` };
  }
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return { file, path, message: `is required (${issue.expected})` };
  }
  return { file, path, message: issue.message };
}
