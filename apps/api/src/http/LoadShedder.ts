/**
 * Decides, per request, whether the server takes it or answers 503 at once. Node runs a request
 * from its arrival to its response without yielding when nothing in between waits on I/O, so
 * under a flood the queue is not in the server but in the sockets: every turn of the event loop
 * reads one request from each of them, and a turn over 1,000 connections took seconds. Taking at
 * most `max` requests per turn (and having at most `max` in flight across turns) bounds the
 * turn, so those taken keep their latency and the others get a quick, retryable refusal.
 */
export class LoadShedder {
  private inFlight = 0;
  private thisTurn = 0;
  private resetScheduled = false;
  /** Requests refused since the server started. */
  shed = 0;

  constructor(private readonly max: number) {}

  /** True when the request may go ahead; call `done` once its response has closed. */
  admit(): boolean {
    if (!this.resetScheduled) {
      this.resetScheduled = true;
      setImmediate(() => {
        this.thisTurn = 0;
        this.resetScheduled = false;
      });
    }
    if (this.inFlight >= this.max || this.thisTurn >= this.max) {
      this.shed += 1;
      return false;
    }
    this.inFlight += 1;
    this.thisTurn += 1;
    return true;
  }

  done(): void {
    this.inFlight -= 1;
  }
}
