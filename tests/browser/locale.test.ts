/// <reference lib="dom" />
// "/" sends readers to their language; the language switcher keeps the page they are on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, startStack, type Stack } from "./harness.ts";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe("the locale redirect from /", () => {
  it.each([
    ["zh-TW", "/zh-Hant"],
    ["zh-HK,zh;q=0.9", "/zh-Hant"],
    ["zh-Hant", "/zh-Hant"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "/zh-Hans"],
    ["zh", "/zh-Hans"],
    ["en-US,en;q=0.9", "/en"],
    ["fr-FR", "/en"],
  ])("Accept-Language %s → %s", async (header, path) => {
    const response = await fetch(`${stack.web}/`, { redirect: "manual", headers: { "accept-language": header } });
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location") ?? "", stack.web).pathname).toBe(path);
  });

  it("keeps the path and the query of an address without a locale", async () => {
    const response = await fetch(`${stack.web}/compare?items=hyper-v,virtualbox`, {
      redirect: "manual",
      headers: { "accept-language": "zh-CN" },
    });
    const location = new URL(response.headers.get("location") ?? "", stack.web);
    expect(location.pathname + location.search).toBe("/zh-Hans/compare?items=hyper-v,virtualbox");
  });

  it.each([
    ["zh-TW", "zh-Hant"],
    ["zh-CN", "zh-Hans"],
    ["en-US", "en"],
  ])("a browser set to %s lands on /%s, written in that language", async (browserLocale, locale) => {
    const { context, close } = await openBrowser({ locale: browserLocale });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/`);
      expect(new URL(page.url()).pathname).toBe(`/${locale}`);
      expect(await page.locator("html").getAttribute("lang")).toBe(locale);
    } finally {
      await close();
    }
  });
});

describe("the language switcher", () => {
  it("opens the same page, with the same query, in the other language", async () => {
    const { context, close } = await openBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en/compare?items=docker-toolbox,docker-desktop`);
      const switcher = page.getByRole("navigation", { name: "Language" });
      await switcher.getByRole("link", { name: "繁體中文" }).click();
      await page.waitForURL(/\/zh-Hant\/compare/);
      expect(new URL(page.url()).search).toBe("?items=docker-toolbox,docker-desktop");
      expect(await page.locator("html").getAttribute("lang")).toBe("zh-Hant");
      expect(await page.locator("h1").innerText()).toBe("比較");
      // And "/" now remembers the choice.
      await page.goto(`${stack.web}/`);
      expect(new URL(page.url()).pathname).toBe("/zh-Hant");
    } finally {
      await close();
    }
  });
});
