import { defineConfig } from "vitest/config";

// Browser tests start the API and the web app and drive Chromium, with time to spare on a
// two-core machine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files at a time (vitest would take one worker on two cores): a browser test spends most
    // of its time waiting for the web app, the API or Chromium, which the other file's test uses.
    maxWorkers: 2,
    // Tests marked concurrent (the accessibility passes) run two at a time within their file.
    maxConcurrency: 2,
    projects: [
      { extends: true, test: { name: "questions", include: ["*.test.ts"] } },
      {
        extends: true,
        // One API, one web app and one Chromium for every browser test file
        // (browser/globalSetup.ts), started only when a browser test runs. The files share no
        // state but the feedback store, which only conversation.test.ts writes and reads.
        test: { name: "browser", include: ["browser/**/*.test.ts"], globalSetup: ["browser/globalSetup.ts"] },
      },
    ],
  },
});
