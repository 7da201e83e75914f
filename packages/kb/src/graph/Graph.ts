import type {
  KbBundle,
  KbClaim,
  KbEntity,
  KbEvent,
  KbFact,
  KbRelation,
  KbSetup,
  KbSource,
} from "../compile/KbBundle.js";
import type { KbErrorEntry } from "../compile/KbError.js";
import { ErrorMatcher, type ErrorMatch, type MatchOptions } from "../errors/ErrorMatcher.js";
import type { RelationType } from "../schema/entity.js";
import { aliasKey } from "../text/aliasKey.js";
import { deepFreeze } from "./deepFreeze.js";

export interface Neighbour {
  relation: KbRelation;
  /** The entity at the other end of the relation. */
  entity: KbEntity;
  direction: "out" | "in";
}

export interface Stats {
  entities: number;
  relations: number;
  facts: number;
  events: number;
  claims: number;
  setups: number;
  sources: number;
  dataVersion: string;
}

/**
 * The knowledge base in memory: immutable, with the indexes every query needs built once
 * at load, so queries are lookups rather than scans.
 */
export class Graph {
  readonly bundle: KbBundle;
  private readonly entityBySlug = new Map<string, KbEntity>();
  private readonly slugByAlias = new Map<string, string>();
  private readonly factById = new Map<string, KbFact>();
  private readonly factsByEntity = new Map<string, KbFact[]>();
  private readonly relationsOut = new Map<string, KbRelation[]>();
  private readonly relationsIn = new Map<string, KbRelation[]>();
  /** Each entity's relations with the entity at their other end, made once: asked for on every question. */
  private readonly neighboursOut = new Map<string, readonly Neighbour[]>();
  private readonly neighboursIn = new Map<string, readonly Neighbour[]>();
  private readonly eventsByEntity = new Map<string, KbEvent[]>();
  private readonly sourceById = new Map<string, KbSource>();
  private readonly setupBySlug = new Map<string, KbSetup>();
  private readonly claimsByEntity = new Map<string, KbClaim[]>();
  private readonly errorBySlugMap = new Map<string, KbErrorEntry>();
  private readonly errorsByEntity = new Map<string, KbErrorEntry[]>();
  /** Built on first use: only servers that match pastes pay for the index. */
  private errorMatcher: ErrorMatcher | undefined;

  constructor(bundle: KbBundle) {
    this.bundle = deepFreeze(bundle);
    const push = <V>(map: Map<string, V[]>, key: string, v: V) => {
      const list = map.get(key);
      if (list) list.push(v);
      else map.set(key, [v]);
    };
    for (const e of bundle.entities) {
      this.entityBySlug.set(e.slug, e);
      for (const n of [e.slug, e.name.en, e.name["zh-Hant"], e.name["zh-Hans"], ...e.aliases]) {
        const key = aliasKey(n);
        if (key && !this.slugByAlias.has(key)) this.slugByAlias.set(key, e.slug);
      }
      for (const r of e.relations) {
        push(this.relationsOut, r.source, r);
        push(this.relationsIn, r.target, r);
      }
    }
    const ends = (
      lists: Map<string, KbRelation[]>,
      into: Map<string, readonly Neighbour[]>,
      direction: "out" | "in",
    ) => {
      for (const [slug, list] of lists) {
        const found: Neighbour[] = [];
        for (const relation of list) {
          const entity = this.entityBySlug.get(direction === "out" ? relation.target : relation.source);
          if (entity) found.push(Object.freeze({ relation, entity, direction }));
        }
        into.set(slug, found);
      }
    };
    ends(this.relationsOut, this.neighboursOut, "out");
    ends(this.relationsIn, this.neighboursIn, "in");
    for (const f of bundle.facts) {
      this.factById.set(f.id, f);
      for (const slug of f.entities) push(this.factsByEntity, slug, f);
    }
    // An entity's own facts (those in its file) come before facts that only mention it.
    for (const [slug, list] of this.factsByEntity) {
      const own = list.filter((f) => f.entities[0] === slug);
      this.factsByEntity.set(slug, [...own, ...list.filter((f) => f.entities[0] !== slug)]);
    }
    for (const ev of bundle.events) for (const slug of ev.entities) push(this.eventsByEntity, slug, ev);
    for (const s of bundle.sources) this.sourceById.set(s.id, s);
    for (const s of bundle.setups) this.setupBySlug.set(s.slug, s);
    for (const c of bundle.claims) for (const slug of c.entities) push(this.claimsByEntity, slug, c);
    for (const e of this.errors()) {
      this.errorBySlugMap.set(e.slug, e);
      for (const slug of e.entities) push(this.errorsByEntity, slug, e);
    }
  }

  get dataVersion(): string {
    return this.bundle.dataVersion;
  }

  entity(slug: string): KbEntity | undefined {
    return this.entityBySlug.get(slug);
  }

  /** An entity by slug, name or alias, in any case, width or script. */
  entityByName(name: string): KbEntity | undefined {
    const slug = this.slugByAlias.get(aliasKey(name));
    return slug === undefined ? undefined : this.entityBySlug.get(slug);
  }

  entities(kind?: KbEntity["kind"]): readonly KbEntity[] {
    return kind ? this.bundle.entities.filter((e) => e.kind === kind) : this.bundle.entities;
  }

  fact(id: string): KbFact | undefined {
    return this.factById.get(id);
  }

  /** The facts about an entity: those in its file first, then those that name it. */
  factsOf(slug: string): readonly KbFact[] {
    return this.factsByEntity.get(slug) ?? [];
  }

  source(id: string): KbSource | undefined {
    return this.sourceById.get(id);
  }

  sourcesOf(fact: KbFact): KbSource[] {
    return fact.sources.flatMap((id) => this.sourceById.get(id) ?? []);
  }

  eventsOf(slug: string): readonly KbEvent[] {
    return this.eventsByEntity.get(slug) ?? [];
  }

  claimsAbout(slug: string): readonly KbClaim[] {
    return this.claimsByEntity.get(slug) ?? [];
  }

  setup(slug: string): KbSetup | undefined {
    return this.setupBySlug.get(slug);
  }

  /** Entities linked to this one, optionally by one relation type and in one direction. */
  neighbours(slug: string, opts: { type?: RelationType; direction?: "out" | "in" | "both" } = {}): Neighbour[] {
    const dir = opts.direction ?? "both";
    const type = opts.type;
    const out: Neighbour[] = [];
    const take = (list: readonly Neighbour[] | undefined) => {
      for (const n of list ?? []) if (!type || n.relation.type === type) out.push(n);
    };
    if (dir !== "in") take(this.neighboursOut.get(slug));
    if (dir !== "out") take(this.neighboursIn.get(slug));
    return out;
  }

  /** Every error entry, sorted by slug; bundles built before errors existed have none. */
  errors(): readonly KbErrorEntry[] {
    return this.bundle.errors ?? [];
  }

  errorBySlug(slug: string): KbErrorEntry | undefined {
    return this.errorBySlugMap.get(slug);
  }

  /** The error entries that concern an entity, such as the errors people meet with Hyper-V. */
  errorsAbout(slug: string): readonly KbErrorEntry[] {
    return this.errorsByEntity.get(slug) ?? [];
  }

  /** The error entries a pasted message is about, best first: codes, then message words. */
  matchError(text: string, opts: MatchOptions = {}): ErrorMatch[] {
    this.errorMatcher ??= new ErrorMatcher(this.errors());
    return this.errorMatcher.match(text, opts);
  }

  stats(): Stats {
    const b = this.bundle;
    return {
      entities: b.entities.length,
      relations: b.entities.reduce((n, e) => n + e.relations.length, 0),
      facts: b.facts.length,
      events: b.events.length,
      claims: b.claims.length,
      setups: b.setups.length,
      sources: b.sources.length,
      dataVersion: b.dataVersion,
    };
  }
}
