// Starts the API, the web app and Chromium once for every browser test file, and stops them after
// the last one; the files reach them through startStack() and openBrowser() in harness.ts.
import type { TestProject } from "vitest/node";
import { launchBrowserServer, launchStack } from "./harness.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [stack, browser] = await Promise.all([launchStack(), launchBrowserServer()]);
  project.provide("browserStack", { api: stack.api, web: stack.web, dataDir: stack.dataDir });
  project.provide("browserEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    await stack.stop();
  };
}
