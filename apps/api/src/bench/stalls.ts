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

/** The server's figures since the last call (stallProbe.ts answers over the IPC channel). */
export function stallsOf(child: ChildProcess): Promise<Stalls> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not report its event-loop delay")), 5_000);
    child.once("message", (m) => {
      clearTimeout(timer);
      resolve(m as Stalls);
    });
    child.send("stalls");
  });
}
