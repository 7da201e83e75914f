import { defineConfig } from "vitest/config";

// Browser tests start the API and the web app and drive Chromium: one file at a time, with time
// to spare on a two-core machine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Tests marked concurrent (the accessibility passes) run two at a time: one browser, two
    // cores, and the web app and the API serving them.
    maxConcurrency: 2,
    projects: [
      { extends: true, test: { name: "questions", include: ["*.test.ts"] } },
      {
        extends: true,
        // One API and one web app for every browser test file (browser/globalSetup.ts), started
        // only when a browser test runs.
        test: { name: "browser", include: ["browser/**/*.test.ts"], globalSetup: ["browser/globalSetup.ts"] },
      },
    ],
  },
});
