/// <reference lib="dom" />
// Every page with JavaScript off, in the three locales: what a person sees, not what the HTML
// holds. A part that React streams sits in a hidden <div> until a script reveals it, so each
// page's own content and the footer's counts must be visible here.
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES, pagePool, type PagePool, screenshotPath, startStack, type Stack } from "./harness.ts";

let stack: Stack;
/**
 * One browser context with JavaScript off for the whole file, its page navigated on from test to
 * test (the tests run one after another and only read): a context or a page costs more than a
 * navigation.
 */
let pages: PagePool;

beforeAll(async () => {
  stack = await startStack();
  pages = await pagePool({ javaScriptEnabled: false });
});

afterAll(async () => {
  await pages?.close();
  await stack?.stop();
});

/** Visible and with words in it: the text a reader sees. */
async function seen(locator: Locator): Promise<string> {
  expect(await locator.count(), "the element is on the page").toBeGreaterThan(0);
  const first = locator.first();
  expect(await first.isVisible(), "the element is visible").toBe(true);
  const text = (await first.innerText()).trim();
  expect(text.length, "the element shows text").toBeGreaterThan(0);
  return text;
}

const PAGES: { name: string; path: string; status?: number; content: (page: Page) => Locator }[] = [
  {
    name: "answer",
    path: "?q=Can%20I%20run%20Docker%20on%20Windows%207%3F",
    content: (page) => page.getByTestId("answer"),
  },
  { name: "timeline", path: "/timeline", content: (page) => page.locator("li[id^=event-]") },
  {
    name: "compare",
    path: "/compare?items=hyper-v,virtualbox",
    content: (page) => page.getByTestId("compare-table").locator("tbody tr"),
  },
  {
    name: "compatibility",
    path: "/compatibility",
    content: (page) => page.getByTestId("compatibility-matrix").locator("tbody tr"),
  },
  { name: "entity", path: "/entities/hyper-v", content: (page) => page.locator("main h1") },
  { name: "search", path: "/search?q=hyper", content: (page) => page.locator("main li a").first() },
  { name: "not-found", path: "/no-such-page", status: 404, content: (page) => page.locator("main h1") },
];

describe.each(LOCALES)("without JavaScript, in %s", (locale) => {
  it.each(PAGES)("$name shows its content and the footer's counts", async ({ name, path, status, content }) => {
    await pages.use(async (page) => {
      const response = await page.goto(`${stack.web}/${locale}${path}`);
      expect(response?.status()).toBe(status ?? 200);
      await seen(page.locator("main h1"));
      await seen(content(page));
      // Nothing of the page waits in a hidden streaming container.
      expect(await page.locator('[hidden][id^="S:"]').count()).toBe(0);
      expect(await page.locator('[aria-busy="true"]').count(), "no placeholder left").toBe(0);
      expect(await seen(page.getByTestId("footer-stats"))).toMatch(/\d/);
      if (locale === "en") await page.screenshot({ path: screenshotPath(`nojs-${name}`), fullPage: false });
    });
  });
});

describe("the chat without JavaScript", () => {
  it("answers a question typed into the box, then a follow-up with its history", async () => {
    await pages.use(async (page) => {
      await page.goto(`${stack.web}/en`);
      await page.getByTestId("chat-input").fill("Does Windows 7 support Hyper-V?");
      await page.getByRole("button", { name: "Ask" }).click();
      await page.waitForURL(/q=Does/);
      expect(await seen(page.getByTestId("answer"))).toMatch(/Windows 7/);
      await page.getByTestId("chat-input").fill("What about Windows 10 Pro?");
      await page.getByRole("button", { name: "Ask" }).click();
      await page.waitForURL(/h=Does/);
      expect(await seen(page.getByTestId("question"))).toBe("What about Windows 10 Pro?");
      expect(await seen(page.getByTestId("answer"))).toMatch(/Windows 10/);
    });
  });
});

describe("the search without JavaScript", () => {
  it("keeps the query in the header's box on the results page, and only there", async () => {
    await pages.use(async (page) => {
      const combobox = page.getByRole("combobox", { name: "Search the knowledge base" });
      await page.goto(`${stack.web}/en/timeline`);
      await combobox.fill("wls2");
      await combobox.press("Enter");
      await page.waitForURL(/\/en\/search\?q=wls2$/);
      expect(await combobox.inputValue()).toBe("wls2");
      expect(await seen(page.locator("main li a"))).toMatch(/^WSL 2/);
      // Refined from the box it shows: the new query replaces the old one.
      await combobox.fill("wls2 kernel");
      await combobox.press("Enter");
      await page.waitForURL(/q=wls2\+kernel$/);
      expect(await combobox.inputValue()).toBe("wls2 kernel");
      // A query in another page's address is not a search.
      await page.goto(`${stack.web}/zh-Hant/timeline?q=hyper`);
      expect(await combobox.count()).toBe(0);
      expect(await page.getByRole("combobox", { name: /搜尋/ }).inputValue()).toBe("");
    });
  });
});
