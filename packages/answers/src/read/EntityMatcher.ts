import type { Graph, KbEntity } from "@dockerwin/kb";
import { normalize, type Normalized } from "./normalize.js";

export interface EntityMention {
  entity: KbEntity;
  /** Span in the compact question. */
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  slug?: string;
}

const HAN = /\p{Script=Han}/u;

const MATCHERS = new WeakMap<Graph, EntityMatcher>();

/**
 * Finds every name and alias in a question in one pass over it, with a trie of the compact
 * forms: the cost grows with the question, not with the number of aliases. A Latin alias must
 * cover whole words ("go" is not found in "google"); Chinese has no spaces, so it need not.
 */
export class EntityMatcher {
  private readonly root: TrieNode = { next: new Map() };

  /** Mentions already found, by text read: the reader, the fact index and the gate read one question. */
  private readonly found = new WeakMap<Normalized, readonly EntityMention[]>();

  /** The matcher of a graph, built once and shared by every part that reads a question. */
  static of(graph: Graph): EntityMatcher {
    let matcher = MATCHERS.get(graph);
    if (!matcher) MATCHERS.set(graph, (matcher = new EntityMatcher(graph)));
    return matcher;
  }

  constructor(private readonly graph: Graph) {
    for (const e of graph.bundle.entities) {
      for (const name of [e.slug, e.name.en, e.name["zh-Hans"], e.name["zh-Hant"], ...e.aliases]) {
        this.add(normalize(name).compact, e.slug);
      }
    }
  }

  private add(key: string, slug: string): void {
    // One Latin letter or digit names nothing reliably.
    if (key.length < 2 && !HAN.test(key)) return;
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    // The first entity to claim a key keeps it; the linter keeps aliases unique anyway.
    node.slug ??= slug;
  }

  /** Non-overlapping mentions, longest first, in order of appearance. */
  match(q: Normalized): EntityMention[] {
    let known = this.found.get(q);
    if (!known) this.found.set(q, (known = this.scan(q)));
    return [...known];
  }

  private scan(q: Normalized): EntityMention[] {
    const { compact, boundaries } = q;
    const found: EntityMention[] = [];
    for (let i = 0; i < compact.length; i++) {
      const first = compact[i] ?? "";
      if (!boundaries.has(i) && !HAN.test(first)) continue;
      let node: TrieNode | undefined = this.root;
      for (let j = i; j < compact.length && node; j++) {
        node = node.next.get(compact[j] ?? "");
        if (node?.slug === undefined) continue;
        const last = compact[j] ?? "";
        if (!HAN.test(last) && !boundaries.has(j + 1)) continue;
        const entity = this.graph.entity(node.slug);
        if (entity) found.push({ entity, start: i, end: j + 1 });
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: EntityMention[] = [];
    for (const m of found) {
      if (taken.every((t) => m.end <= t.start || m.start >= t.end)) taken.push(m);
    }
    return taken.sort((a, b) => a.start - b.start);
  }
}
