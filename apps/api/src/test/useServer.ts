import { afterAll, beforeAll } from "vitest";
import { startServer, type RunningServer, type ServerOptions } from "../server/startServer.js";

/** A server started in-process for a test file, on a free port of the loopback. */
export interface TestServer {
  readonly port: number;
  readonly server: RunningServer;
}

/**
 * Starts the API in-process before the file's (or the describe block's) tests and stops it after
 * them. Its port is read from the returned object once the tests run.
 */
export function useServer(opts: ServerOptions = {}): TestServer {
  let running: RunningServer | undefined;
  beforeAll(async () => {
    running = await startServer({ port: 0, host: "127.0.0.1", ...opts });
  });
  afterAll(() => running?.stop());
  const started = (): RunningServer => {
    if (!running) throw new Error("the test server is read before its beforeAll ran");
    return running;
  };
  return {
    get port() {
      return started().port;
    },
    get server() {
      return started();
    },
  };
}
