/// <reference lib="dom" />
// The compatibility page as a visitor sees it: their Windows detected from User-Agent Client Hints
// and pre-selected, the edition asked for in one click, the answer for the setup with what works
// first; a card per row on a 390 px phone; one tab stop for the matrix, arrow keys between cells.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, screenshotPath, startStack, type Stack, WAIT } from "./harness.ts";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

/** What Chromium on a 64-bit x86 Windows 11 PC reports (platformVersion 13 and up is Windows 11). */
const WINDOWS_11_X64 = {
  userAgent:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
  userAgentMetadata: {
    brands: [{ brand: "Chromium", version: "140" }],
    fullVersion: "140.0.0.0",
    platform: "Windows",
    platformVersion: "15.0.0",
    architecture: "x86",
    bitness: "64",
    model: "",
    mobile: false,
  },
};

describe("the visitor's setup", () => {
  it("is detected from client hints, then the edition is one click", async () => {
    const { context, close } = await openBrowser();
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setUserAgentOverride", WINDOWS_11_X64);
      await page.goto(`${stack.web}/en/compatibility`);
      const detected = page.getByTestId("setup-detected");
      await expect.poll(() => detected.innerText(), WAIT).toBe("Detected: Windows 11, 64-bit x86.");
      await page.waitForURL(/os=windows-11&arch=X64/);
      expect(await page.getByTestId("setup-os").inputValue()).toBe("windows-11");
      expect(await page.getByTestId("setup-arch").inputValue()).toBe("X64");
      const editions = page.getByTestId("setup-edition");
      expect(await editions.locator("legend").innerText()).toBe("Choose your edition");
      await editions.getByRole("button", { name: "Windows 11 Home" }).click();
      await page.waitForURL(/edition=home/);
      const summary = page.getByTestId("setup-summary");
      await expect.poll(() => summary.isVisible(), WAIT).toBe(true);
      // What works is listed first, and the best way to run Linux containers is named.
      expect(await summary.getByTestId("setup-best").first().innerText()).toMatch(
        /^Best for Linux containers: Docker Desktop with the WSL 2 backend$/,
      );
      const verdicts = await summary.locator("li").evaluateAll((items) => items.map((li) => li.dataset.verdict));
      expect(verdicts[0]).toBe("YES");
      expect(verdicts.indexOf("NO")).toBeGreaterThan(verdicts.lastIndexOf("YES"));
      expect(await page.locator("tr[data-yours]").count()).toBe(1);
      await page.screenshot({ path: screenshotPath("compatibility-detected") });
    } finally {
      await close();
    }
  });

  it("is not guessed where the browser gives no client hints (JavaScript off too)", async () => {
    const { context, close } = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en/compatibility`);
      expect(await page.getByTestId("setup-detected").innerText()).toBe("Pick your Windows to highlight its row.");
      // The GET form: choose a Windows, show, then the edition is a button.
      await page.getByTestId("setup-os").selectOption("windows-10");
      await page.getByRole("button", { name: "Show" }).click();
      await page.waitForURL(/os=windows-10/);
      // Windows 10 comes for three architectures: until one is chosen, no single answer.
      expect(await page.getByRole("status").filter({ hasText: "Pick an architecture" }).count()).toBe(1);
      await page.getByTestId("setup-arch").selectOption("X64");
      await page.getByRole("button", { name: "Show" }).click();
      await page.waitForURL(/arch=X64/);
      await page.getByTestId("setup-edition").getByRole("button", { name: "Windows 10 Pro" }).click();
      await page.waitForURL(/edition=pro/);
      expect(await page.getByTestId("setup-summary").isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});

describe("the matrix", () => {
  it("is one tab stop; arrow keys move between cells, and a cell opens its row's answer", async () => {
    const { context, close } = await openBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en/compatibility`);
      const matrix = page.getByTestId("compatibility-matrix");
      await expect.poll(() => matrix.locator('a[data-cell][tabindex="0"]').count(), WAIT).toBe(1);
      const cells = matrix.locator("a[data-cell]");
      expect(await cells.count()).toBeGreaterThan(100);
      await cells.first().focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowDown");
      const focused = page.locator("a[data-cell]:focus");
      expect(await focused.count()).toBe(1);
      expect(await focused.getAttribute("tabindex")).toBe("0");
      const second = await matrix.locator("tbody tr:has(a[data-cell])").nth(1).locator("a[data-cell]").nth(1);
      expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press("Enter");
      await page.waitForURL(/os=.*#answer-/);
      const target = page.locator("li:target");
      await expect.poll(() => target.count(), WAIT).toBe(1);
      expect(await target.innerText()).toMatch(/\S/);
    } finally {
      await close();
    }
  });

  it("is a card per row on a 390 px phone, each setup named, the nav not clipped", async () => {
    const { context, close } = await openBrowser({ viewport: { width: 390, height: 844 }, touch: true });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en/compatibility?os=windows-10&arch=X64&edition=home`);
      const matrix = page.getByTestId("compatibility-matrix");
      expect(await matrix.locator("thead").isVisible()).toBe(false);
      const row = matrix.locator("tr[data-yours]").first();
      const box = await row.boundingBox();
      expect(box?.width ?? 0).toBeLessThanOrEqual(390);
      expect(box?.width ?? 0).toBeGreaterThan(300);
      // Each setup's name is on the card, beside its symbol.
      expect(await row.locator("a[data-cell]").first().innerText()).toMatch(/Docker Desktop/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const nav = page.getByRole("link", { name: "Compatibility", exact: true });
      const navBox = await nav.boundingBox();
      expect(navBox && navBox.x >= 0 && navBox.x + navBox.width <= 390).toBe(true);
      await page.screenshot({ path: screenshotPath("compatibility-phone-cards"), fullPage: false });
    } finally {
      await close();
    }
  });
});
