/// <reference lib="dom" />
// The one combobox (ARIA 1.2, editable with a list popup) in its two places: the header's search
// and the comparison's picker. Tested by what a person does (keys, clicks) and what a screen
// reader is told (roles, names, the active option, the announced count).
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  focusHeaderSearch,
  openBrowser,
  screenshotPath,
  settledOptions,
  startStack,
  type Stack,
  WAIT,
} from "./harness.ts";

let stack: Stack;
let browser: { context: BrowserContext; close: () => Promise<void> };

beforeAll(async () => {
  stack = await startStack();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The option the combobox points at for assistive technology, by its id. */
async function activeOptionText(page: Page, combobox: ReturnType<Page["getByRole"]>): Promise<string | null> {
  const id = await combobox.getAttribute("aria-activedescendant");
  if (!id) return null;
  const option = page.locator(`[id="${id}"]`);
  expect(await option.getAttribute("role")).toBe("option");
  expect(await option.getAttribute("aria-selected")).toBe("true");
  return option.innerText();
}

describe("the header's search", () => {
  it("opens, moves, wraps, closes and clears with the keys the pattern names, and announces the count", async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${stack.web}/en/compare`);
      const combobox = page.getByRole("combobox", { name: "Search the knowledge base" });
      expect(await combobox.getAttribute("aria-expanded")).toBe("false");
      await focusHeaderSearch(page);
      await page.keyboard.type("wsl");
      await expect.poll(() => combobox.getAttribute("aria-expanded"), WAIT).toBe("true");
      const listbox = page.getByRole("listbox", { name: "Search the knowledge base" });
      expect(await combobox.getAttribute("aria-controls")).toBe(await listbox.getAttribute("id"));
      const options = await settledOptions(listbox);
      // Screen readers hear how many matched.
      await expect
        .poll(
          () =>
            page
              .getByRole("status")
              .filter({ hasText: /results?$/ })
              .count(),
          WAIT,
        )
        .toBe(1);
      // No option is active until an arrow key moves to one; focus stays in the input.
      expect(await activeOptionText(page, combobox)).toBeNull();
      await page.keyboard.press("ArrowDown");
      expect(await activeOptionText(page, combobox)).toBe(options[0]);
      await page.keyboard.press("End");
      expect(await activeOptionText(page, combobox)).toMatch(/^Ask “wsl” in the chat/);
      await page.keyboard.press("ArrowDown");
      expect(await activeOptionText(page, combobox), "ArrowDown wraps to the first").toBe(options[0]);
      await page.keyboard.press("ArrowUp");
      expect(await activeOptionText(page, combobox), "ArrowUp wraps to the last").toMatch(/^Ask/);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("combobox");
      await page.screenshot({ path: screenshotPath("combobox-search") });
      // Escape closes the list, keeping the text; a second Escape clears it.
      await page.keyboard.press("Escape");
      expect(await combobox.getAttribute("aria-expanded")).toBe("false");
      expect(await listbox.isVisible()).toBe(false);
      expect(await combobox.inputValue()).toBe("wsl");
      await page.keyboard.press("Escape");
      expect(await combobox.inputValue()).toBe("");
      // Enter with no option active searches: the results page, with the query kept in the box.
      await page.keyboard.type("hyper");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/en\/search\?q=hyper$/);
      await expect.poll(() => combobox.inputValue(), WAIT).toBe("hyper");
    } finally {
      await page.close();
    }
  });

  it("picks an option with a click, without the list closing first", async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${stack.web}/en/timeline`);
      const combobox = page.getByRole("combobox", { name: "Search the knowledge base" });
      await combobox.fill("virtualbox");
      // Once the results for the whole word are in, a click on the second option, not the first.
      await expect
        .poll(
          () =>
            page
              .getByRole("status")
              .filter({ hasText: /results?$/ })
              .count(),
          WAIT,
        )
        .toBe(1);
      const option = page.getByRole("option").nth(1);
      const title = (await option.innerText()).split("\n")[0]!.trim();
      await option.click();
      await page.waitForURL(/\/en\/entities\/[a-z0-9-]+$/);
      expect(await page.locator("h1").innerText()).toBe(title);
    } finally {
      await page.close();
    }
  });
});

describe("the comparison's picker", () => {
  it("is the same combobox: offers only entries not compared yet, picks with the arrows and Enter", async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${stack.web}/en/compare?items=hyper-v,virtualbox`);
      const combobox = page.getByRole("combobox", { name: "Add to the comparison" });
      await combobox.fill("hyper");
      const listbox = page.getByRole("listbox", { name: "Add to the comparison" });
      await expect.poll(() => listbox.getByRole("option").count(), WAIT).toBeGreaterThan(0);
      const names = await listbox.getByRole("option").allInnerTexts();
      expect(names.some((n) => /^Hyper-V isolation/.test(n))).toBe(true);
      expect(
        names.some((n) => /^Hyper-V\s*Hypervisor$/.test(n.replace(/\n/g, " "))),
        "Hyper-V is compared already",
      ).toBe(false);
      await combobox.press("ArrowDown");
      const picked = await activeOptionText(page, combobox);
      expect(picked).toBe(names[0]);
      await combobox.press("Enter");
      await page.waitForURL(/items=hyper-v,virtualbox,[a-z0-9-]+$/);
      const heads = page.getByTestId("compare-table").locator("thead th");
      await expect.poll(() => heads.count(), WAIT).toBe(4);
      expect(picked).toContain((await heads.nth(3).locator("a").innerText()).trim());
      expect(await combobox.inputValue()).toBe("");
    } finally {
      await page.close();
    }
  });
});
