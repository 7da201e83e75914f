// Starts the API and the web app once for every browser test file, and stops them after the last
// one; the files reach them through startStack() in harness.ts.
import type { TestProject } from "vitest/node";
import { launchStack } from "./harness.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stack = await launchStack();
  project.provide("browserStack", { api: stack.api, web: stack.web, dataDir: stack.dataDir });
  return () => stack.stop();
}
