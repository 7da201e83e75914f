import type { ChildProcess } from "node:child_process";

/** How late the server's event loop ran during one round, and what the collector took of it (ms). */
export interface Stalls {
  delayP50: number;
  delayP99: number;
  delayMax: number;
  gcCount: number;
  gcTotalMs: number;
  gcMaxMs: number;
}

/**
 * The server's resident memory and what it is made of (MB): mapped files (the node binary and its
 * libraries, shared with every other node process) and anonymous memory, of which the V8 heap
 * takes what it has committed; of the heap, what objects use, and what a full collection keeps.
 */
export interface Memory {
  residentMb: number;
  filesMb: number;
  anonymousMb: number;
  heapCommittedMb: number;
  heapUsedMb: number;
  heapLiveMb: number;
}

/** Asks the server's probe (stallProbe.ts) for a figure over the IPC channel. */
function ask<T>(child: ChildProcess, what: "stalls" | "memory"): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not report its ${what}`)), 5_000);
    child.once("message", (m) => {
      clearTimeout(timer);
      resolve(m as T);
    });
    child.send(what);
  });
}

/** The server's figures since the last call. */
export const stallsOf = (child: ChildProcess): Promise<Stalls> => ask<Stalls>(child, "stalls");

/** The server's memory now; it runs a full collection to tell the live heap (after the figures). */
export const memoryOf = (child: ChildProcess): Promise<Memory> => ask<Memory>(child, "memory");
