/// <reference lib="dom" />
// The chat in a real browser: a follow-up understood through the history, Enter and Shift+Enter,
// a shared link without JavaScript, and a question that tries to inject HTML.
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

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe("the chat", () => {
  it("answers a question, then understands a follow-up asked after it", async () => {
    const { context, close } = await openBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en`);
      const input = page.getByTestId("chat-input");
      await input.fill("Does Windows 7 support Hyper-V?");
      await input.press("Enter");
      const first = page.getByTestId("answer").nth(0);
      await expect.poll(() => first.locator("[data-verdict]").first().getAttribute("data-verdict"), WAIT).toBe("NO");
      await expect.poll(() => first.locator("[data-verdict]").first().innerText(), WAIT).toContain("Not supported");
      expect(
        await first.getByRole("link", { name: /windows\.com|github\.com|cnet\.com|msdn/ }).count(),
      ).toBeGreaterThan(0);
      expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);

      await input.fill("What about Windows 10 Pro?");
      await input.press("Enter");
      const second = page.getByTestId("answer").nth(1);
      await expect.poll(() => second.locator("[data-verdict]").first().getAttribute("data-verdict"), WAIT).toBe("YES");
      expect(await second.locator("[data-verdict]").first().innerText()).toContain("Supported");
      // The reading panel shows the edition the follow-up named.
      await second.locator("summary", { hasText: "How this question was read" }).click();
      expect(await second.locator("dl").innerText()).toContain("pro");
      // The address is now the answer's share link, with the earlier question as history.
      expect(decodeURIComponent(page.url())).toContain("q=What about Windows 10 Pro?");
      expect(decodeURIComponent(page.url())).toContain("h=Does Windows 7 support Hyper-V?");
      // Screen readers hear about it.
      expect(await page.locator('[role="status"][aria-live="polite"]').allInnerTexts()).toContainEqual(
        expect.stringContaining("Yes"),
      );
      await page.screenshot({ path: screenshotPath("chat-follow-up"), fullPage: true });
    } finally {
      await close();
    }
  });

  it("asks a suggested follow-up when it is clicked, and keeps Shift+Enter for new lines", async () => {
    const { context, close } = await openBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en`);
      await page.getByRole("link", { name: "Can I run Docker on Windows 10 Home?" }).click();
      await expect.poll(() => page.getByTestId("answer").count(), WAIT).toBe(1);
      await page.getByTestId("follow-up").first().click();
      await expect.poll(() => page.getByTestId("answer").count(), WAIT).toBe(2);
      const input = page.getByTestId("chat-input");
      await input.click();
      await page.keyboard.type("first line");
      await page.keyboard.press("Shift+Enter");
      await page.keyboard.type("second line");
      expect(await input.inputValue()).toBe("first line\nsecond line");
      expect(await page.getByTestId("question").count()).toBe(2);
    } finally {
      await close();
    }
  });

  it("renders a shared answer on the server, for readers without JavaScript", async () => {
    const url = `${stack.web}/en?q=Can%20I%20run%20Docker%20on%20Windows%207%3F`;
    const html = await (await fetch(url)).text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('data-testid="answer-text"');
    expect(html).toContain("Docker Toolbox with VirtualBox");
    // The shared link's preview says the verdict once.
    expect(html).toMatch(/<meta property="og:description" content="(Yes|Partly)\. (?!Yes|Partly)/);

    const { context, close } = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(url);
      const answer = page.getByTestId("answer");
      expect(await answer.locator("[data-verdict]").first().getAttribute("data-verdict")).toMatch(/^(YES|PARTLY)$/);
      expect(await answer.innerText()).toContain("Docker Toolbox");
      expect(await page.getByTestId("question").innerText()).toBe("Can I run Docker on Windows 7?");
      // Without JavaScript a follow-up is a link that the server answers, history included.
      const followUp = page.getByTestId("follow-up").first();
      expect(await followUp.getAttribute("href")).toContain("&h=Can%20I%20run%20Docker%20on%20Windows%207%3F");
      await page.screenshot({ path: screenshotPath("chat-no-javascript"), fullPage: true });
    } finally {
      await close();
    }
  });

  it("shows what a person types as text, never as HTML", async () => {
    const attack = "<img src=x onerror=alert(1)>";
    const { context, close } = await openBrowser();
    try {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${stack.web}/en`);
      const input = page.getByTestId("chat-input");
      await input.fill(attack);
      await input.press("Enter");
      await expect.poll(() => page.getByTestId("answer").count(), WAIT).toBe(1);
      expect(await page.getByTestId("question").innerText()).toBe(attack);
      expect(await page.locator("main img").count()).toBe(0);
      expect(await page.locator("[onerror]").count()).toBe(0);

      // The same through a shared link, rendered by the server.
      await page.goto(`${stack.web}/en?q=${encodeURIComponent(attack)}`);
      expect(await page.getByTestId("question").innerText()).toBe(attack);
      expect(await page.locator("main img").count()).toBe(0);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
    } finally {
      await close();
    }
  });

  it("finds an entry from the header's search with the keyboard alone", async () => {
    const { context, close } = await openBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en/timeline`);
      await focusHeaderSearch(page);
      await page.keyboard.type("hyperv");
      const combobox = page.getByRole("combobox", { name: "Search the knowledge base" });
      await expect.poll(() => combobox.getAttribute("aria-expanded"), WAIT).toBe("true");
      const listbox = page.getByRole("listbox", { name: "Search the knowledge base" });
      expect((await settledOptions(listbox)).filter((o) => o.includes("Hyper-V")).length).toBeGreaterThan(1);
      await page.keyboard.press("ArrowDown");
      expect(await combobox.getAttribute("aria-activedescendant")).toBeTruthy();
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/en\/entities\/hyper-v$/);
      expect(await page.locator("h1").innerText()).toBe("Hyper-V");
      await page.screenshot({ path: screenshotPath("entity-from-search") });
    } finally {
      await close();
    }
  });
});
