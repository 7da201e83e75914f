import type { IncomingMessage } from "node:http";

export class BodyTooLarge extends Error {
  /** Whether the rest of the body was read, so the 413 can go out on a connection that stays readable. */
  constructor(readonly drained: boolean) {
    super("request body too large");
  }
}

export interface ReadBodyOptions {
  /** Bytes past the limit read and thrown away so that the client sees the 413, not a reset. */
  drainLimit?: number;
  /** How long to keep draining before giving up on the client. */
  drainMs?: number;
}

/**
 * Reads a request body, keeping nothing past the limit. Past it, the rest is read and dropped
 * (up to `drainLimit`) before the refusal: a server that answers and closes while the client is
 * still sending makes the kernel reset the connection, and the client sees ECONNRESET, not 413.
 */
export function readBody(req: IncomingMessage, limit: number, opts: ReadBodyOptions = {}): Promise<string> {
  const drainLimit = opts.drainLimit ?? 8 * 1024 * 1024;
  const drainMs = opts.drainMs ?? 2_000;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    let timer: NodeJS.Timeout | undefined;
    const tooLarge = (drained: boolean) => {
      clearTimeout(timer);
      req.removeAllListeners("data");
      req.removeAllListeners("end");
      if (!drained) req.pause();
      reject(new BodyTooLarge(drained));
    };
    const startDraining = () => {
      over = true;
      chunks.length = 0;
      timer = setTimeout(() => tooLarge(false), drainMs);
    };
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) {
      if (declared > limit + drainLimit) return tooLarge(false);
      startDraining();
    }
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (over) {
        if (size > limit + drainLimit) tooLarge(false);
        return;
      }
      if (size > limit) return startDraining();
      chunks.push(chunk);
    });
    req.on("end", () => (over ? tooLarge(true) : resolve(Buffer.concat(chunks).toString("utf8"))));
    req.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
