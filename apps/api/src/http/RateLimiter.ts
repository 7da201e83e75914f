/**
 * A per-client fixed window: at most `limit` requests per `windowMs`. Off unless configured,
 * because the API usually sits behind the web app and other trusted services.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Null when the request may go ahead, else the seconds to wait. */
  check(client: string): number | null {
    const t = this.now();
    const w = this.windows.get(client);
    if (!w || t - w.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(t);
      this.windows.set(client, { start: t, count: 1 });
      return null;
    }
    w.count += 1;
    return w.count > this.limit ? Math.ceil((w.start + this.windowMs - t) / 1000) : null;
  }

  private sweep(t: number): void {
    for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k);
  }
}
