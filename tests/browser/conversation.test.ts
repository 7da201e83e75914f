/// <reference lib="dom" />
// The chat as a conversation: it survives a reload, Back and Forward and a language switch; it
// can be cancelled and says how long it waited; answers are laid out (lead, steps, options,
// commands, citations, the source article's critique apart, pasted errors as cause and fix); and
// readers can mark an answer helpful or not, which the API stores.
//
// Layout tests answer from a fixture through the browser's network layer, so that they test the
// web app's reading of the engine's text and not what the engine says today.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { freePort, launchApi, openBrowser, screenshotPath, startStack, type Stack, WAIT } from "./harness.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let stack: Stack;
/**
 * One browser for the tests that need no settings of their own, a fresh page (and so a fresh
 * sessionStorage) per test: a launch costs more than a page.
 */
let shared: { context: BrowserContext; close: () => Promise<void> };

beforeAll(async () => {
  stack = await startStack();
  shared = await openBrowser();
});

afterAll(async () => {
  await shared?.close();
  await stack?.stop();
});

/**
 * A context of its own whose clock the test runs (a context's pages share one clock): the page's
 * timers wait for the test, not for real seconds, however busy the machine.
 */
async function clocked(): ReturnType<typeof openBrowser> {
  const browser = await openBrowser();
  await browser.context.clock.install();
  return browser;
}

async function ask(page: Page, question: string, nth: number): Promise<void> {
  const input = page.getByTestId("chat-input");
  await input.fill(question);
  await input.press("Enter");
  await expect.poll(() => page.getByTestId("answer").nth(nth).isVisible(), WAIT).toBe(true);
}

const source = (n: number) => ({
  title: `Source ${n}`,
  url: `https://learn.microsoft.com/doc-${n}`,
  domain: "learn.microsoft.com",
});

/** An answer as the API returns it, with the text and reading given. */
function fixture(text: string, question: string, extra: Record<string, unknown> = {}) {
  return {
    status: "ANSWERED",
    verdict: null,
    text,
    language: "EN",
    entities: [{ slug: "hyper-v", name: "Hyper-V", kind: "TECHNOLOGY" }],
    facts: [
      { id: "f1", text: "Windows 10 Home cannot install the Hyper-V role.", sources: [source(1)] },
      { id: "f2", text: "WSL 2 uses the Virtual Machine Platform.", sources: [source(2)] },
    ],
    followUps: [question, "What about Windows 11?"],
    interpretation: { language: "EN", intent: "HOW", entities: [], edition: null, resolvedQuestion: question },
    claims: [],
    ...extra,
  };
}

function answerWith(body: unknown) {
  return (route: Route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ answer: body }) });
}

describe("the conversation", () => {
  it("survives a reload, Back and Forward, and is asked again in the language switched to", async () => {
    const page = await shared.context.newPage();
    try {
      const languages: string[] = [];
      page.on("request", (r) => {
        if (r.url().endsWith("/api/ask"))
          languages.push((JSON.parse(r.postData() ?? "{}") as { language: string }).language);
      });
      await page.goto(`${stack.web}/en`);
      await ask(page, "Does Windows 7 support Hyper-V?", 0);
      await ask(page, "What about Windows 10 Pro?", 1);
      expect(languages).toEqual(["EN", "EN"]);

      await page.reload();
      await expect.poll(() => page.getByTestId("answer").count(), WAIT).toBe(2);
      expect(await page.getByTestId("question").allInnerTexts()).toEqual([
        "Does Windows 7 support Hyper-V?",
        "What about Windows 10 Pro?",
      ]);

      await page.goBack();
      await expect.poll(() => page.getByTestId("answer").count(), WAIT).toBe(1);
      expect(decodeURIComponent(page.url())).toContain("q=Does Windows 7 support Hyper-V?");
      await page.goForward();
      await expect.poll(() => page.getByTestId("answer").count(), WAIT).toBe(2);

      await page.getByRole("link", { name: "简体中文" }).click();
      await page.waitForURL(/\/zh-Hans\?/);
      await expect.poll(() => page.getByTestId("answer").count(), WAIT).toBe(2);
      // Both answers now in Simplified Chinese, one script per answer: the earlier one asked again.
      const texts = page.getByTestId("answer-text");
      await expect
        .poll(() => texts.evaluateAll((ts) => ts.map((t) => t.getAttribute("lang"))), WAIT)
        .toEqual(["zh-Hans", "zh-Hans"]);
      expect((await texts.allInnerTexts()).every((t) => /[\u4e00-\u9fff]/.test(t))).toBe(true);
      expect(languages).toContain("ZH_HANS");
      await page.screenshot({ path: screenshotPath("chat-after-language-switch"), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it("answers a question in Traditional on the Simplified page in Simplified only, badge included", async () => {
    const page = await shared.context.newPage();
    try {
      await page.goto(`${stack.web}/zh-Hans`);
      await ask(page, "Windows 7 能用 Docker 嗎？", 0);
      const card = page.getByTestId("answer");
      expect(await card.getByTestId("answer-text").first().getAttribute("lang")).toBe("zh-Hans");
      const badge = await card.locator("[data-verdict]").first().innerText();
      // The badge is worded from the question's verb (能), in the page's script.
      expect(badge).toMatch(/能|不能|有条件可以/);
      expect(badge).not.toMatch(/條|嗎/);
    } finally {
      await page.close();
    }
  });

  it("starts anew with the input focused, and a reload keeps it empty", async () => {
    const page = await shared.context.newPage();
    try {
      await page.goto(`${stack.web}/en`);
      await ask(page, "What is WSL 2?", 0);
      await page.getByTestId("new-chat").click();
      expect(await page.getByTestId("answer").count()).toBe(0);
      expect(await page.getByTestId("chat-input").evaluate((el) => el === document.activeElement)).toBe(true);
      expect(new URL(page.url()).search).toBe("");
      await page.reload();
      await page.waitForTimeout(500);
      expect(await page.getByTestId("answer").count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it("shows the wait after two seconds and can be cancelled", async () => {
    const { context, close } = await clocked();
    const page = await context.newPage();
    try {
      // The answer never comes; the page's clock is the test's, so no second is waited for real.
      await page.route("**/api/ask", () => undefined);
      await page.goto(`${stack.web}/en`);
      await page.clock.pauseAt(Date.now() + 1_000);
      const input = page.getByTestId("chat-input");
      await input.fill("Can I run Docker on Windows 7?");
      await input.press("Enter");
      await expect.poll(() => page.getByTestId("question").count(), WAIT).toBe(1);
      await page.clock.runFor(1_000);
      expect(await page.getByTestId("waiting").count(), "nothing before two seconds").toBe(0);
      await page.clock.runFor(1_500);
      await expect.poll(() => page.getByTestId("waiting").innerText(), WAIT).toMatch(/Waiting for the answer: 2 s/);
      await page.screenshot({ path: screenshotPath("chat-waiting") });
      await page.getByRole("button", { name: "Cancel" }).click();
      await expect
        .poll(() => page.getByTestId("turn-error").innerText(), WAIT)
        .toContain("You cancelled this question.");
      expect(await page.getByRole("button", { name: "Try again" }).isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  it("says how long it waited when the answer never comes", async () => {
    const { context, close } = await clocked();
    const page = await context.newPage();
    try {
      await page.route("**/api/ask", () => undefined);
      await page.goto(`${stack.web}/en`);
      await page.clock.pauseAt(Date.now() + 1_000);
      const input = page.getByTestId("chat-input");
      await input.fill("Can I run Docker on Windows 7?");
      await input.press("Enter");
      await expect.poll(() => page.getByTestId("question").count(), WAIT).toBe(1);
      // Past the chat's 12 s limit on the page's clock.
      await page.clock.runFor(12_500);
      await expect.poll(() => page.getByTestId("turn-error").getAttribute("data-kind"), WAIT).toBe("timeout");
      expect(await page.getByTestId("turn-error").innerText()).toMatch(/No answer came within 1[23] seconds/);
    } finally {
      await close();
    }
  });

  it("hides the Shift+Enter hint on a touch screen", async () => {
    const desktop = await openBrowser();
    const phone = await openBrowser({ touch: true, viewport: { width: 390, height: 844 } });
    try {
      const onDesktop = await desktop.context.newPage();
      await onDesktop.goto(`${stack.web}/en`);
      expect(await onDesktop.getByText("Shift+Enter for a new line").isVisible()).toBe(true);
      const onPhone = await phone.context.newPage();
      await onPhone.goto(`${stack.web}/en`);
      expect(await onPhone.getByText("Shift+Enter for a new line").isVisible()).toBe(false);
    } finally {
      await desktop.close();
      await phone.close();
    }
  });
});

describe("an answer's layout", () => {
  it("leads with the answer, numbers steps, marks options, copies commands and links citations", async () => {
    const question = "Does Windows 10 Home need Hyper-V for Docker?";
    const text = [
      "No. Docker Desktop runs on Windows 10 Home without Hyper-V, through WSL 2 [2].",
      "To set it up:",
      "1. Turn on virtualization in the firmware.",
      "2. Run `wsl --install` in an administrator PowerShell [2].",
      "wsl --update",
      "- ✓ Docker Desktop with WSL 2: works.",
      "- ✗ Docker Desktop with Hyper-V: Home cannot install Hyper-V [1].",
      "The source article says: Home cannot run Docker. That is outdated: WSL 2 changed this.",
    ].join("\n");
    const answer = fixture(text, question, {
      verdict: "NO",
      interpretation: { language: "EN", intent: "YES_NO", entities: [], edition: "home", resolvedQuestion: question },
      claims: [{ id: "c1", claim: "Home cannot run Docker.", verdict: "OUTDATED", correction: "WSL 2 changed this." }],
    });
    await shared.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await shared.context.newPage();
    try {
      await page.route("**/api/ask", answerWith(answer));
      await page.goto(`${stack.web}/en`);
      await ask(page, question, 0);
      const card = page.getByTestId("answer");
      // The badge says it in the question's terms, and the text does not say it again.
      expect(await card.locator("[data-verdict]").first().innerText()).toContain("Not needed");
      const body = card.getByTestId("answer-text");
      expect(await body.locator("p").first().innerText()).toBe(
        "Docker Desktop runs on Windows 10 Home without Hyper-V, through WSL 2 [2].",
      );
      expect(await body.locator("ol > li").allInnerTexts()).toEqual([
        "Turn on virtualization in the firmware.",
        "Run wsl --install in an administrator PowerShell [2].",
      ]);
      expect(await body.locator("ol code").innerText()).toBe("wsl --install");
      expect(await body.locator("ul > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-mark")))).toEqual(
        ["yes", "no"],
      );
      const code = card.getByTestId("code-block");
      expect(await code.locator("pre").innerText()).toBe("wsl --update");
      await code.getByRole("button", { name: "Copy the command" }).click();
      await expect.poll(() => code.getByRole("button").innerText(), WAIT).toContain("Copied");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("wsl --update");
      // The critique is in its own panel, explained once, and not in the answer's text.
      const critique = card.getByTestId("critique");
      expect(await critique.innerText()).toContain("Home cannot run Docker.");
      expect(await critique.innerText()).toContain("The source article is the Chinese blog post");
      expect(await body.innerText()).not.toContain("source article");
      // [1] leads to the first fact.
      const cite = body.getByRole("link", { name: "Fact 1" });
      const target = (await cite.getAttribute("href")) ?? "";
      await cite.click();
      expect(page.url().endsWith(target)).toBe(true);
      expect(await page.locator(target).innerText()).toContain("cannot install the Hyper-V role");
      // The follow-ups never repeat the question just asked.
      expect(await card.getByTestId("follow-up").allInnerTexts()).toEqual(["What about Windows 11?"]);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath("chat-formatted-answer"), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it.for([
    {
      locale: "zh-Hans",
      question: "Windows 10 家庭版能不能装 Docker Desktop？",
      text: "有条件可以：在 Windows 10 家庭版 上：WSL 2 后端：有条件。需要 64 位系统 [2]。Hyper-V 后端：不行。家庭版装不了 Hyper-V [1]。",
      badge: "有条件可以",
      options: ["WSL 2 后端：需要 64 位系统 [2]。", "Hyper-V 后端：家庭版装不了 Hyper-V [1]。"],
    },
    {
      locale: "zh-Hant",
      question: "Windows 10 家用版能不能裝 Docker Desktop？",
      text: "有條件可以：在 Windows 10 家用版 上：WSL 2 後端：有條件。需要 64 位元系統 [2]。Hyper-V 後端：不行。家用版裝不了 Hyper-V [1]。",
      badge: "有條件可以",
      options: ["WSL 2 後端：需要 64 位元系統 [2]。", "Hyper-V 後端：家用版裝不了 Hyper-V [1]。"],
    },
  ])("writes a setup's name and reason with the colon of $locale, and a badge as a native says it", async (c) => {
    const answer = fixture(c.text, c.question, {
      verdict: "PARTLY",
      language: c.locale === "zh-Hans" ? "ZH_HANS" : "ZH_HANT",
      interpretation: {
        language: c.locale === "zh-Hans" ? "ZH_HANS" : "ZH_HANT",
        intent: "YES_NO",
        entities: [],
        edition: "home",
        resolvedQuestion: c.question,
      },
    });
    const page = await shared.context.newPage();
    try {
      await page.route("**/api/ask", answerWith(answer));
      await page.goto(`${stack.web}/${c.locale}`);
      await ask(page, c.question, 0);
      const card = page.getByTestId("answer");
      expect((await card.locator("[data-verdict]").first().innerText()).trim()).toContain(c.badge);
      const body = card.getByTestId("answer-text");
      expect((await body.locator("ul > li").allInnerTexts()).map((t) => t.replace(/^[✓◐✗]\s*/, "").trim())).toEqual(
        c.options,
      );
      expect(await body.innerText()).not.toMatch(/[\u4e00-\u9fff]: /);
    } finally {
      await page.close();
    }
  });

  it("has no serious accessibility violation in dark mode on a phone, feedback form open", async () => {
    const question = "Does Windows 10 Home need Hyper-V for Docker?";
    const text =
      "No. It runs through WSL 2 [1].\n1. Run `wsl --install`.\nwsl --update\n- ✓ WSL 2: works.\n- ✗ Hyper-V: not on Home.";
    const answer = fixture(text, question, {
      verdict: "NO",
      interpretation: { language: "EN", intent: "YES_NO", entities: [], edition: "home", resolvedQuestion: question },
      claims: [{ id: "c1", claim: "Home cannot run Docker.", verdict: "OUTDATED", correction: "WSL 2 changed this." }],
    });
    const { context, close } = await openBrowser({ colorScheme: "dark", viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.route("**/api/ask", answerWith(answer));
      await page.goto(`${stack.web}/en`);
      await ask(page, question, 0);
      await page.getByTestId("answer").getByRole("button", { name: "Not helpful" }).click();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await page.screenshot({ path: screenshotPath("chat-formatted-dark-phone"), fullPage: true });
    } finally {
      await close();
    }
  });

  it("lays out a pasted error message as cause, fix and sources", async () => {
    const question = "WslRegisterDistribution failed with error: 0x80370102";
    const text = [
      "The virtual machine could not start because a required feature is not installed.",
      "1. Turn on virtualization (VT-x or AMD-V) in the firmware.",
      "2. Turn on the Virtual Machine Platform feature.",
      "`dism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart`",
      "3. Restart Windows.",
    ].join("\n");
    const page = await shared.context.newPage();
    try {
      await page.route("**/api/ask", answerWith(fixture(text, question)));
      await page.goto(`${stack.web}/en`);
      await ask(page, question, 0);
      const card = page.getByTestId("error-card");
      expect(await card.locator("h3").allTextContents()).toEqual(["Cause", "How to fix it", "Sources"]);
      expect(await card.locator("ol > li").count()).toBe(3);
      expect(await card.getByTestId("code-block").innerText()).toContain("VirtualMachinePlatform");
      expect(await card.getByRole("link", { name: /Source 1/ }).count()).toBe(1);
      await page.screenshot({ path: screenshotPath("chat-error-card"), fullPage: true });
    } finally {
      await page.close();
    }
  });
});

describe("a pasted error message", () => {
  it("gets the card of the knowledge base's error entry: cause, fix steps with commands, sources", async () => {
    const page = await shared.context.newPage();
    try {
      await page.goto(`${stack.web}/en`);
      await ask(
        page,
        "Installing, this may take a few minutes... WslRegisterDistribution failed with error: 0x80370102",
        0,
      );
      const card = page.getByTestId("error-card");
      expect(await card.locator("h3").allTextContents()).toEqual(["Cause", "How to fix it", "Sources"]);
      expect(await card.locator("ol > li").count()).toBeGreaterThan(1);
      expect(await card.getByTestId("code-block").count()).toBeGreaterThan(0);
      expect(await card.getByRole("link").count()).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath("chat-error-entry"), fullPage: true });
    } finally {
      await page.close();
    }
  });
});

describe("feedback on an answer", () => {
  it("stores a thumbs-down with its comment, which the feedback report reads back", async () => {
    const page = await shared.context.newPage();
    try {
      await page.goto(`${stack.web}/en`);
      await ask(page, "Can I run Docker on Windows 8.1 Home?", 0);
      const card = page.getByTestId("answer");
      await card.getByRole("button", { name: "Not helpful" }).click();
      await card.getByTestId("feedback-comment").fill("It should name the edition that works.");
      const sent = page.waitForRequest("**/api/feedback");
      await card.getByRole("button", { name: "Send" }).click();
      const body = JSON.parse((await sent).postData() ?? "{}") as Record<string, unknown>;
      expect(body).toMatchObject({
        question: "Can I run Docker on Windows 8.1 Home?",
        helpful: false,
        comment: "It should name the edition that works.",
        language: "EN",
      });
      await expect.poll(() => card.getByTestId("feedback-sent").innerText(), WAIT).toContain("Thank you");
      // Another process, reading the API's data directory: the judgement is on disk.
      const report = execFileSync(process.execPath, [join(ROOT, "apps/api/dist/feedback/report.js")], {
        env: { ...process.env, DATA_DIR: stack.dataDir },
        encoding: "utf8",
      });
      expect(report).toContain("Can I run Docker on Windows 8.1 Home?");
      expect(report).toContain("It should name the edition that works.");
    } finally {
      await page.close();
    }
  });

  it("keeps what was sent when the API crashes and starts again, and takes more after it", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "web-feedback-restart-"));
    const port = await freePort();
    let api = await launchApi({ port, dataDir });
    // A web app of its own, calling this API, which the test stops and starts again.
    const own = await startStack({ apiUrl: `${api.url}/graphql` });
    const { context, close } = await openBrowser();
    const report = () =>
      execFileSync(process.execPath, [join(ROOT, "apps/api/dist/feedback/report.js")], {
        env: { ...process.env, DATA_DIR: dataDir },
        encoding: "utf8",
      });
    const judge = async (page: Page, question: string, comment: string) => {
      await page.goto(`${own.web}/en?q=${encodeURIComponent(question)}`);
      const card = page.getByTestId("answer");
      await card.getByRole("button", { name: "Not helpful" }).click();
      await card.getByTestId("feedback-comment").fill(comment);
      await card.getByRole("button", { name: "Send" }).click();
      await expect.poll(() => card.getByTestId("feedback-sent").innerText(), WAIT).toContain("Thank you");
    };
    try {
      const page = await context.newPage();
      await judge(page, "Can I run Docker on Windows 8.1 Home?", "Before the crash: name the edition.");
      // Killed at once, as a crash or a lost machine would end it: nothing flushed on the way out.
      await api.kill("SIGKILL");
      api = await launchApi({ port, dataDir });
      await judge(page, "Does Windows 11 Home run Hyper-V?", "After the restart: say which build.");
      const read = report();
      expect(read).toContain("Before the crash: name the edition.");
      expect(read).toContain("After the restart: say which build.");
    } finally {
      await close();
      await own.stop();
      await api.kill("SIGTERM");
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("works without JavaScript: a plain form that comes back to the answer, and the judgement is stored", async () => {
    const { context, close } = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const question = "Can I run Docker Desktop on Windows 10 Home?";
      await page.goto(`${stack.web}/en?q=${encodeURIComponent(question)}&h=${encodeURIComponent("What is WSL 2?")}`);
      const card = page.getByTestId("answer");
      await card.getByLabel("What was wrong or missing? (optional)").fill("Say which build is needed, without script.");
      await card.getByRole("button", { name: "Not helpful" }).click();
      await page.waitForURL(/feedback=sent/);
      expect(new URL(page.url()).searchParams.get("q")).toBe(question);
      expect(await page.getByTestId("feedback-sent").innerText()).toContain("Thank you");
      expect(await page.getByTestId("feedback-sent").isVisible()).toBe(true);
      const report = execFileSync(process.execPath, [join(ROOT, "apps/api/dist/feedback/report.js")], {
        env: { ...process.env, DATA_DIR: stack.dataDir },
        encoding: "utf8",
      });
      expect(report).toContain(question);
      expect(report).toContain("Say which build is needed, without script.");
    } finally {
      await close();
    }
  });

  it("says so when the feedback cannot be sent", async () => {
    const page = await shared.context.newPage();
    try {
      await page.route("**/api/feedback", (route) =>
        route.fulfill({ status: 502, contentType: "application/json", body: '{"error":"unavailable"}' }),
      );
      await page.goto(`${stack.web}/en?q=What%20is%20WSL%202%3F`);
      const card = page.getByTestId("answer");
      await card.getByRole("button", { name: "Helpful", exact: true }).click();
      await card.getByRole("button", { name: "Send" }).click();
      await expect.poll(() => card.getByTestId("feedback-failed").innerText(), WAIT).toContain("could not be sent");
    } finally {
      await page.close();
    }
  });
});
