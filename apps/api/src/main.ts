#!/usr/bin/env node
// Starts the API from the environment (API_PORT, NODE_ENV, RATE_LIMIT_PER_MINUTE) and stops it
// cleanly on SIGTERM or SIGINT: no new requests, those in flight finish, then exit.
import { optionsFromEnv, startServer } from "./server/startServer.js";

const running = await startServer(optionsFromEnv());
console.log(`API ready at ${running.url} (health: http://localhost:${running.port}/health)`);

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests in flight, then exiting`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  running.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
