import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build for our code while Apollo requires its CommonJS build,
    // and graphql-js refuses schema objects from the other copy.
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    include: ["src/**/*.test.ts"],
    // Each HTTP test starts its own servers on port 0; the timeouts leave room for a busy 2-core CI.
    testTimeout: 20_000,
    // The files share the immutable graph and engine and change no module state, so one worker
    // runs them all on one module graph instead of importing Apollo and the engine for each.
    isolate: false,
    hookTimeout: 20_000,
  },
});
