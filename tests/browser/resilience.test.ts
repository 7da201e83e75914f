/// <reference lib="dom" />
// With the API down, every page still renders, in its language, and says what is wrong.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, LOCALES, openBrowser, screenshotPath, startStack, type Stack, WAIT } from "./harness.ts";

let stack: Stack;

beforeAll(async () => {
  // A port nothing listens on: every call to the API fails at once.
  stack = await startStack({ apiUrl: `http://127.0.0.1:${await freePort()}/graphql` });
});

afterAll(async () => {
  await stack?.stop();
});

const MESSAGE = {
  en: "The knowledge base is not reachable",
  "zh-Hans": "无法连接知识库",
  "zh-Hant": "無法連線到知識庫",
};

describe("when the API is down", () => {
  it.each(LOCALES)("pages in %s explain it instead of crashing", async (locale) => {
    for (const path of [
      "/timeline",
      "/compare?items=hyper-v,virtualbox",
      "/compatibility",
      "/entities/hyper-v",
      "?q=Hello",
    ]) {
      const response = await fetch(`${stack.web}/${locale}${path}`);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${locale}"`);
      expect(html, path).toContain(MESSAGE[locale]);
    }
  });

  it("the chat says so when an answer cannot be fetched, and offers to retry", async () => {
    const { context, close } = await openBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en`);
      const input = page.getByTestId("chat-input");
      await input.fill("Does Windows 7 support Hyper-V?");
      await input.press("Enter");
      await expect.poll(() => page.getByRole("button", { name: "Try again" }).count(), WAIT).toBe(1);
      expect(await page.locator("main").innerText()).toContain("The data service did not answer");
      await page.screenshot({ path: screenshotPath("chat-api-down") });
    } finally {
      await close();
    }
  });
});
