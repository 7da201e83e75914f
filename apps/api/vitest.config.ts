import { createRequire } from "node:module";
import { configDefaults, defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

/**
 * Tests that bound a time on the whole machine (a p99 under a flood, a shutdown under load): run
 * apart by `test:timing`, after every other task of `npm test`, so that no build or browser test
 * shares the two cores with them and their bounds can be the ones the API means to keep.
 */
const TIMING = ["src/server/overload.test.ts"];

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build for our code while Apollo requires its CommonJS build,
    // and graphql-js refuses schema objects from the other copy.
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    // Each HTTP test starts its own servers on port 0; the timeouts leave room for a busy 2-core CI.
    testTimeout: 20_000,
    // The files share the immutable graph and engine and change no module state, so one worker
    // runs them all on one module graph instead of importing Apollo and the engine for each.
    isolate: false,
    hookTimeout: 20_000,
    // `vitest run` alone runs both; `test` and `test:timing` pick one (package.json).
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts"], exclude: [...configDefaults.exclude, ...TIMING] },
      },
      { extends: true, test: { name: "timing", include: TIMING } },
    ],
  },
});
