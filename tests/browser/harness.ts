// Starts the built API and the built web app on free ports, and Chromium (from Debian), for the
// browser tests; stops them all by process group at the end.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserServer,
  type Locator,
  type Page,
} from "playwright-core";
import { expect, inject } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const API_MAIN = join(ROOT, "apps/api/dist/main.js");
const WEB_DIR = join(ROOT, "apps/web");
export const SCREENSHOTS = join(ROOT, "tests/screenshots");
export { CHROMIUM };

export const LOCALES = ["en", "zh-Hans", "zh-Hant"] as const;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    const ok = await fetch(url, { redirect: "manual" }).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} was not ready at ${url} within ${ms} ms`);
}

/** A process started in its own group, so that it and its children can be stopped together. */
function start(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (d: Buffer) => {
    if (process.env.DEBUG_BROWSER_TESTS) process.stderr.write(d);
  });
  return child;
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }, 8_000);
  await exited;
  clearTimeout(timer);
}

export interface Stack {
  api: string;
  web: string;
  /** The API's data directory (feedback), when the stack started an API. */
  dataDir: string | undefined;
  stop: () => Promise<void>;
}

/** Where the stack the browser project's global setup started listens (see globalSetup.ts). */
export type SharedStack = Pick<Stack, "api" | "web" | "dataDir">;

declare module "vitest" {
  export interface ProvidedContext {
    browserStack: SharedStack | null;
    /** The WebSocket address of the Chromium the global setup started, shared by every file. */
    browserEndpoint: string | null;
  }
}

/**
 * The API and the web app for a test file. The files share one stack, started once for the run by
 * the global setup (starting a built Next.js app and the API costs more than most files' tests);
 * its `stop` leaves it to the global teardown. `apiUrl` overrides the API the web app calls (a
 * closed port, to see how pages behave when the API is down): that file gets a web app of its own.
 */
export async function startStack(options: { apiUrl?: string } = {}): Promise<Stack> {
  const shared = options.apiUrl ? null : inject("browserStack");
  if (shared) return { ...shared, stop: async () => {} };
  return launchStack(options);
}

/**
 * Starts the API and the web app, each on a free port; with `apiUrl`, only the web app, calling
 * that API.
 */
export async function launchStack({ apiUrl }: { apiUrl?: string } = {}): Promise<Stack> {
  // NEXT_DIST_DIR (see next.config.ts) picks a build other than apps/web/.next.
  if (!existsSync(join(WEB_DIR, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    throw new Error("apps/web is not built: run `npm run build -w @dockerwin/web` first");
  }
  let api: ChildProcess | undefined;
  let apiBase = "";
  let dataDir: string | undefined;
  if (!apiUrl) {
    if (!existsSync(API_MAIN)) throw new Error("apps/api is not built: run `npm run build -w @dockerwin/api` first");
    const apiPort = await freePort();
    // Feedback the tests send is kept apart from anyone's own, and removed with the stack.
    dataDir = mkdtempSync(join(tmpdir(), "web-browser-data-"));
    api = start(process.execPath, [API_MAIN], ROOT, {
      API_PORT: String(apiPort),
      NODE_ENV: "production",
      DATA_DIR: dataDir,
    });
    apiBase = `http://127.0.0.1:${apiPort}`;
    await waitFor(`${apiBase}/health`, api, "the API");
  }
  const webPort = await freePort();
  // The web app's own start script (`next start -p $WEB_PORT`), on the build in apps/web/.next.
  const web = start("npm", ["run", "start", "--silent"], WEB_DIR, {
    API_URL: apiUrl ?? `${apiBase}/graphql`,
    WEB_PORT: String(webPort),
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  });
  const webBase = `http://127.0.0.1:${webPort}`;
  try {
    await waitFor(`${webBase}/en/search`, web, "the web app");
  } catch (error) {
    await stop(web);
    await stop(api);
    throw error;
  }
  return {
    api: apiBase,
    web: webBase,
    dataDir,
    stop: async () => {
      await stop(web);
      await stop(api);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The built API alone on `port`, keeping its feedback in `dataDir`, for tests that stop it and
 * start it again on the same data; `kill` ends it at once with the signal given (SIGKILL: as a
 * crash would, with no time to finish anything).
 */
export async function launchApi({ port, dataDir }: { port: number; dataDir: string }): Promise<{
  url: string;
  kill: (signal: NodeJS.Signals) => Promise<void>;
}> {
  if (!existsSync(API_MAIN)) throw new Error("apps/api is not built: run `npm run build -w @dockerwin/api` first");
  const api = start(process.execPath, [API_MAIN], ROOT, {
    API_PORT: String(port),
    NODE_ENV: "production",
    DATA_DIR: dataDir,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/health`, api, "the API");
  return {
    url,
    kill: async (signal) => {
      if (signal !== "SIGKILL") return stop(api);
      const exited = new Promise<void>((resolve) => api.once("exit", () => resolve()));
      if (api.pid && api.exitCode === null) process.kill(-api.pid, "SIGKILL");
      await exited;
    },
  };
}

export interface BrowserOptions {
  javaScriptEnabled?: boolean;
  colorScheme?: "light" | "dark";
  viewport?: { width: number; height: number };
  locale?: string;
  /** A phone's touch screen: no hover, a coarse pointer. */
  touch?: boolean;
}

/**
 * Debian's Chromium, headless, as a server that every browser test file connects to (see
 * globalSetup.ts): one launch for the run instead of one per test, which cost more than most
 * tests' pages.
 */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

let connected: Promise<Browser> | undefined;

/** The run's Chromium (connected once per test worker), or one of the file's own outside the project. */
export function sharedBrowser(): Promise<Browser> {
  connected ??= (() => {
    const endpoint = inject("browserEndpoint");
    return endpoint
      ? chromium.connect(endpoint)
      : chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  })();
  return connected;
}

/**
 * A fresh browser context (its own cookies, storage and permissions, as a fresh profile has) in
 * the run's Chromium; `close` closes the context.
 */
export async function openBrowser(
  options: BrowserOptions = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
    colorScheme: options.colorScheme ?? "light",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  return { context, close: () => context.close() };
}

export interface PagePool {
  /** Runs `test` on a page of the pool that no other test is using, then gives the page back. */
  use: <T>(test: (page: Page) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
}

/**
 * Open pages in one fresh browser context, each lent to one test at a time and navigated on by
 * the next, for tests that load a page and read it but change nothing that outlives it (no
 * storage, permissions or cookies they rely on). A new page starts a renderer process, and a
 * context and a page cost about three times the CPU of a navigation in an open page (5.5 s
 * against 1.9 s of Chromium's CPU per page load, at load 30). A page comes back without the
 * listeners and routes the last test added; one that closed or crashed is not lent again.
 */
export async function pagePool(options: BrowserOptions = {}): Promise<PagePool> {
  const { context, close } = await openBrowser(options);
  const idle: Page[] = [];
  return {
    async use(test) {
      const page = idle.pop() ?? (await context.newPage());
      let crashed = false;
      page.once("crash", () => (crashed = true));
      try {
        return await test(page);
      } finally {
        page.removeAllListeners();
        await page.unrouteAll({ behavior: "ignoreErrors" }).catch(() => undefined);
        if (!crashed && !page.isClosed()) idle.push(page);
      }
    },
    close,
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/** How long `expect.poll` waits for the page (its default, one second, is short for a cold server). */
export const WAIT = { timeout: 20_000, interval: 100 };

/**
 * Gives the header's search the focus with its own shortcut, "/". Before the page's script has
 * run a key press does nothing (and what is typed after it is lost), so the key is pressed until
 * the box has the focus: on a loaded machine hydration comes late.
 */
export async function focusHeaderSearch(page: Page, name = "Search the knowledge base"): Promise<void> {
  const combobox = page.getByRole("combobox", { name });
  const focused = () => combobox.evaluate((el) => el === document.activeElement);
  await expect
    .poll(async () => {
      if (!(await focused())) await page.keyboard.press("/");
      return focused();
    }, WAIT)
    .toBe(true);
}

/** Longer than the header search waits after a keystroke before it searches (140 ms). */
const SETTLED = { ...WAIT, interval: 400 };

/**
 * The options of a list that fills as a query is typed ("w", "ws", "wsl"), read once it has
 * settled: more than one, and the same on two reads further apart than the search waits.
 */
export async function settledOptions(listbox: Locator): Promise<string[]> {
  let options: string[] = [];
  await expect
    .poll(async () => {
      const now = await listbox.getByRole("option").allInnerTexts();
      const settled = now.length > 1 && now.join("\n") === options.join("\n");
      options = now;
      return settled;
    }, SETTLED)
    .toBe(true);
  return options;
}
