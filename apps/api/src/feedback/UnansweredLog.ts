import type { FeedbackStore, UnansweredEntry } from "./FeedbackStore.js";

export interface UnansweredLogOptions {
  /** Entries waiting for the disk at most; past it the oldest are dropped and counted. */
  capacity?: number;
  /** How long an entry may wait before its batch is written, in milliseconds. */
  flushMs?: number;
}

/**
 * Logs NOT_FOUND questions without slowing `ask`: the resolver only pushes onto a bounded queue,
 * and a timer writes the queue in one transaction after the responses have gone out. Under a
 * flood the queue drops its oldest entries rather than grow without bound.
 */
export class UnansweredLog {
  private queue: UnansweredEntry[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly capacity: number;
  private readonly flushMs: number;
  /** Entries dropped because the queue was full, or lost to a failed write. */
  dropped = 0;

  constructor(
    private readonly store: FeedbackStore,
    opts: UnansweredLogOptions = {},
  ) {
    this.capacity = opts.capacity ?? 1_000;
    this.flushMs = opts.flushMs ?? 250;
  }

  push(entry: UnansweredEntry): void {
    if (this.queue.length >= this.capacity) {
      this.queue.shift();
      this.dropped += 1;
    }
    this.queue.push(entry);
    if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), this.flushMs);
      // A pending batch never keeps a finished process alive; stop() flushes it.
      this.timer.unref();
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.queue;
    this.queue = [];
    try {
      this.store.addUnanswered(batch);
    } catch (e) {
      // The log is for maintainers; a full disk must not take answers down with it.
      this.dropped += batch.length;
      console.error(`unanswered questions not written (${batch.length}): ${(e as Error).message}`);
    }
  }
}
