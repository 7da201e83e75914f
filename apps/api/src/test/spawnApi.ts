import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built server: `npm test` builds before it tests, so dist/ is the code under test. */
export const MAIN = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

export interface ApiProcess {
  child: ChildProcess;
  port: number;
  /** Everything the process printed. */
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** Starts the API as its own process, on a free port, and resolves once it says it is ready. */
export async function spawnApi(env: Record<string, string>): Promise<ApiProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first (npm run build -w @dockerwin/api)`);
  const child = spawn(process.execPath, ["--max-semi-space-size=3", "--heap-growing-percent=50", MAIN], {
    env: { ...process.env, API_HOST: "127.0.0.1", API_PORT: "0", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const m = /API ready at http:\/\/localhost:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (c: Buffer) => (out += c.toString("utf8")));
    void exited.then((code) => reject(new Error(`the API exited (${code}) before it was ready:\n${out}`)));
  });
  return { child, port, output: () => out, exited };
}
