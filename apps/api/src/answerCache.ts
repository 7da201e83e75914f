import type { Answer, AnswerEngine } from "@dockerwin/answers";

/**
 * Remembers recent answers. The engine is a pure function of the immutable graph, so an answer
 * never goes stale while the process runs; popular questions are asked again and again, and
 * answering them from memory leaves the CPU for new ones. Least recently used entries go first.
 */
export function cachedEngine(engine: AnswerEngine, size = 2_000): AnswerEngine {
  const cache = new Map<string, Answer>();
  return {
    ask(question, history = [], language) {
      const key = JSON.stringify([question, history, language ?? null]);
      const hit = cache.get(key);
      if (hit) {
        // Map keeps insertion order: re-inserting marks the entry as recently used.
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const answer = engine.ask(question, history, language);
      cache.set(key, answer);
      if (cache.size > size) cache.delete(cache.keys().next().value as string);
      return answer;
    },
  };
}
