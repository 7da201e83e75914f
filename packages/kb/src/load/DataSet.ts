import type { z } from "zod";
import type { AttributeDefSchema } from "../schema/attribute.js";
import type { ClaimInput } from "../schema/claim.js";
import type { EntityInput } from "../schema/entity.js";
import type { ErrorEntryInput } from "../schema/error.js";
import type { EventInput } from "../schema/event.js";
import type { FactInput } from "../schema/fact.js";
import type { GlossaryTerm } from "../schema/glossary.js";
import type { LexiconEntryInput } from "../schema/lexicon.js";
import type { SetupInput } from "../schema/setup.js";
import type { SourceInput } from "../schema/source.js";

/** Where something sits: the file relative to the repository root, and the path inside it. */
export interface Location {
  file: string;
  path: string;
}

/** A problem found in data/, worded for a contributor: file, path and reason. */
export interface LintMessage extends Location {
  rule: string;
  message: string;
}

/** A record read from data/, with where it came from so every message can point at it. */
export interface Located<T> {
  value: T;
  file: string;
  /** The path of the record inside its file, e.g. `facts[3]`; empty for a whole file. */
  path: string;
}

export type AttributeDef = z.infer<typeof AttributeDefSchema>;

/** A fact together with the entity file that holds it, if any. */
export interface FactRecord extends Located<FactInput> {
  /** The entity whose file holds the fact; undefined for data/facts/*.yaml. */
  owner?: string;
}

/** A file that could not be read as YAML or does not match its schema. */
export interface FileProblem {
  file: string;
  path: string;
  message: string;
}

/**
 * Everything read from data/. Records that fail their schema are left out of the typed
 * collections and reported in `problems`, so later rules only ever see well-formed records.
 */
export interface DataSet {
  root: string;
  entities: Located<EntityInput>[];
  facts: FactRecord[];
  events: Located<EventInput>[];
  claims: Located<ClaimInput>[];
  setups: Located<SetupInput>[];
  sources: Located<SourceInput>[];
  attributes: Located<AttributeDef>[];
  /** Error messages people paste, from data/errors/<slug>.yaml. */
  errors: Located<ErrorEntryInput>[];
  /** The question reader's words, from data/lexicon/*.yaml. */
  lexicon: Located<LexiconEntryInput>[];
  /** Taiwan ↔ mainland terms, from data/glossary.yaml. */
  glossary: Located<GlossaryTerm>[];
  problems: FileProblem[];
  /** The raw text of every file read, by relative path, for the content hash. */
  texts: Map<string, string>;
}
