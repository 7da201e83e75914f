export interface RateLimiterOptions {
  windowMs?: number;
  /** Clients remembered at most; past it the least recently seen is forgotten. */
  maxClients?: number;
  now?: () => number;
}

/**
 * A per-client fixed window: at most `limit` units per `windowMs`, where a request costs as many
 * units as the caller says (one for a plain request, more for an expensive one). Memory is
 * bounded twice: a timer forgets finished windows once per window, and past `maxClients` the
 * least recently seen client goes first, so a flood of new addresses costs O(1) each.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; used: number }>();
  private readonly windowMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly limit: number,
    opts: RateLimiterOptions = {},
  ) {
    this.windowMs = opts.windowMs ?? 60_000;
    this.maxClients = opts.maxClients ?? 50_000;
    this.now = opts.now ?? Date.now;
    this.sweeper = setInterval(() => this.sweep(), this.windowMs);
    this.sweeper.unref();
  }

  /** Null when the request may go ahead, else the seconds to wait. */
  check(client: string, cost = 1): number | null {
    const t = this.now();
    let w = this.windows.get(client);
    if (w && t - w.start >= this.windowMs) w = undefined;
    if (!w) {
      w = { start: t, used: 0 };
      if (this.windows.size >= this.maxClients && !this.windows.has(client))
        this.windows.delete(this.windows.keys().next().value as string);
    }
    // Map keeps insertion order: re-inserting marks the client as recently seen.
    this.windows.delete(client);
    this.windows.set(client, w);
    if (w.used + cost > this.limit && w.used > 0) return Math.max(1, Math.ceil((w.start + this.windowMs - t) / 1000));
    w.used += cost;
    return null;
  }

  /**
   * Adds units to the client's current window without refusing: an operation found expensive
   * once it was taken is paid for by the client's next requests.
   */
  charge(client: string, units: number): void {
    const w = this.windows.get(client);
    if (w && this.now() - w.start < this.windowMs) w.used += units;
  }

  /** How many clients are remembered. */
  get size(): number {
    return this.windows.size;
  }

  sweep(): void {
    const t = this.now();
    for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k);
  }

  dispose(): void {
    clearInterval(this.sweeper);
  }
}
