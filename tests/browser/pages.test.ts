/// <reference lib="dom" />
// Every page in every locale: it renders, <html lang> is the locale's, the hreflang alternates are
// there, and axe-core finds no serious or critical accessibility violation. Screenshots go to
// tests/screenshots/ (light and dark, desktop and phone).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import {
  LOCALES,
  openBrowser,
  pagePool,
  type PagePool,
  screenshotPath,
  startStack,
  type Stack,
  WAIT,
} from "./harness.ts";

const PAGES = [
  { name: "chat", path: "" },
  { name: "answer", path: "?q=Can%20I%20run%20Docker%20on%20Windows%207%3F" },
  { name: "timeline", path: "/timeline" },
  { name: "compare", path: "/compare?items=hyper-v,virtualbox,vmware-workstation" },
  { name: "compatibility", path: "/compatibility?os=windows-10&edition=home" },
  { name: "entity", path: "/entities/hyper-v" },
] as const;

let stack: Stack;
/**
 * The pages every locale's pass loads and reads, two at a time: open pages navigated on from test
 * to test, as a context and a page cost more than a navigation.
 */
let pages: PagePool;

beforeAll(async () => {
  stack = await startStack();
  pages = await pagePool();
});

afterAll(async () => {
  await pages?.close();
  await stack?.stop();
});

/** The page's cumulative layout shift so far (shifts right after input do not count). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

describe.each(LOCALES)("every page in %s", (locale) => {
  it.concurrent.for(PAGES)(
    "$name renders with the right language and no serious accessibility violation",
    async ({ name, path }, { expect }) => {
      await pages.use(async (page) => {
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        const response = await page.goto(`${stack.web}/${locale}${path}`, { waitUntil: "networkidle" });
        expect(response?.status()).toBe(200);
        expect(await page.locator("html").getAttribute("lang")).toBe(locale);
        expect(await page.locator("h1").count()).toBeGreaterThan(0);
        expect(await page.locator("[data-error-kind]").count(), "no error notice").toBe(0);
        const alternates = await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) => links.map((l) => l.getAttribute("hreflang")));
        expect(alternates).toEqual(expect.arrayContaining(["en", "zh-Hans", "zh-Hant", "x-default"]));
        expect(await layoutShift(page), "cumulative layout shift").toBeLessThan(0.05);
        expect(await seriousViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await page.screenshot({ path: screenshotPath(`${name}-${locale}`), fullPage: name !== "entity" });
      });
    },
  );
});

describe("dark mode and phones", () => {
  it.concurrent.for([
    {
      name: "chat-dark-phone",
      path: "/zh-Hans?q=Windows%2010%20%E5%AE%B6%E5%BA%AD%E7%89%88%E8%83%BD%E8%A3%85%20Docker%20%E5%90%97%EF%BC%9F",
      dark: true,
      phone: true,
    },
    { name: "timeline-dark", path: "/en/timeline?milestones=1", dark: true, phone: false },
    {
      name: "compare-phone",
      path: "/zh-Hant/compare?items=linux-containers,windows-containers",
      dark: false,
      phone: true,
    },
    {
      name: "compatibility-dark-phone",
      path: "/en/compatibility?os=windows-11&edition=home&build=22631",
      dark: true,
      phone: true,
    },
    { name: "entity-dark", path: "/zh-Hant/entities/docker-toolbox", dark: true, phone: false },
  ])(
    "$name has no serious accessibility violation (contrast included)",
    async ({ name, path, dark, phone }, { expect }) => {
      const { context, close } = await openBrowser({
        colorScheme: dark ? "dark" : "light",
        viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 860 },
      });
      try {
        const page = await context.newPage();
        await page.goto(`${stack.web}${path}`, { waitUntil: "networkidle" });
        expect(await seriousViolations(page)).toEqual([]);
        // Nothing wider than the screen but what scrolls inside its own box (tables, the diagram).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: screenshotPath(name), fullPage: false });
      } finally {
        await close();
      }
    },
  );
});

describe("the compatibility matrix", () => {
  it("opens a cell's reason and sources from its row's answer, and marks the reader's setup", async () => {
    const { context, close } = await openBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en/compatibility`);
      await page.getByTestId("setup-os").selectOption("windows-10");
      await page.waitForURL(/os=windows-10/);
      await page.getByTestId("setup-arch").selectOption("X64");
      await page.waitForURL(/arch=X64/);
      await page.getByTestId("setup-edition").getByRole("button", { name: "Windows 10 Home" }).click();
      await page.waitForURL(/edition=home/);
      await expect.poll(() => page.locator("tr[data-yours]").count(), WAIT).toBeGreaterThan(0);
      await page.locator("tr[data-yours] td a").first().click();
      await page.waitForURL(/#answer-/);
      const answer = page.locator("li:target");
      await expect.poll(() => answer.count(), WAIT).toBe(1);
      expect(await answer.getByRole("link").count()).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath("compatibility-cell-answer") });
    } finally {
      await close();
    }
  });
});

describe("the comparison", () => {
  it("leads with yes/no rows read from the data, coloured by their verdict, on a phone without JavaScript", async () => {
    const { context, close } = await openBrowser({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en/compare?items=hyper-v,virtualbox,vmware-workstation`);
      const glance = page.getByTestId("compare-yes-no");
      expect(await glance.isVisible()).toBe(true);
      const home = glance.getByRole("row", { name: /^Runs on Windows 10 Home/ });
      const cells = home.getByRole("cell");
      expect((await cells.allInnerTexts()).map((c) => /^(Yes|No|Partly)/.exec(c.trim())?.[1])).toEqual([
        "No",
        "Yes",
        "Yes",
      ]);
      const colour = (i: number) => cells.nth(i).evaluate((td) => getComputedStyle(td).backgroundColor);
      expect(await colour(0)).not.toBe(await colour(1));
      // Running alongside Hyper-V: VirtualBox and VMware Workstation can, from a version on.
      const alongside = glance.getByRole("row", { name: /^Runs alongside Hyper-V/ });
      const texts = await alongside.getByRole("cell").allInnerTexts();
      expect(texts[0]).toContain("(itself)");
      expect(texts[1]).toMatch(/^Yes from /);
      // Each verdict cites its facts, as the attribute rows do.
      expect(await alongside.locator("sup a").count()).toBeGreaterThan(0);
      // On a phone the table comes before the picker that changes it.
      const tableTop = await page.getByTestId("compare-table").evaluate((t) => t.getBoundingClientRect().top);
      const pickerTop = await page
        .getByText("Compared", { exact: true })
        .evaluate((p) => p.getBoundingClientRect().top);
      expect(tableTop).toBeLessThan(pickerTop);
      await page.screenshot({ path: screenshotPath("compare-yes-no-phone"), fullPage: true });
    } finally {
      await close();
    }
  });

  it.concurrent.for([
    { name: "phone", viewport: { width: 390, height: 844 } },
    { name: "desktop", viewport: { width: 1280, height: 860 } },
  ])(
    "says who uses each product free from its typed pricing, citing it, on a $name",
    async ({ name, viewport }, { expect }) => {
      const { context, close } = await openBrowser({ viewport });
      try {
        const page = await context.newPage();
        await page.goto(`${stack.web}/en/compare?items=docker-desktop,virtualbox,hyper-v`);
        const glance = page.getByTestId("compare-yes-no");
        const commercial = glance.getByRole("row", { name: /^Free for commercial use/ });
        const texts = (await commercial.getByRole("cell").allInnerTexts()).map((c) => c.trim());
        expect(texts[0]).toMatch(/^Partly businesses below 250 employees/);
        expect(texts[1]).toMatch(/^Yes/);
        expect(texts[2]).toMatch(/^No separate charge/);
        const government = glance.getByRole("row", { name: /^Free for government use/ });
        const verdicts = (await government.getByRole("cell").allInnerTexts()).map((c) =>
          c.trim().startsWith("No separate charge") ? "included" : /^(Yes|No)/.exec(c.trim())?.[1],
        );
        expect(verdicts).toEqual(["No", "Yes", "included"]);
        // A citation lands on its note, below the table (notes are laid out only when needed).
        const ref = commercial.locator("sup a").first();
        const note = (await ref.getAttribute("href"))!;
        await ref.click();
        await expect
          .poll(
            () =>
              page.locator(note).evaluate((e) => {
                const { top, bottom } = e.getBoundingClientRect();
                return top >= 0 && bottom <= window.innerHeight;
              }),
            WAIT,
          )
          .toBe(true);
        await page.goto(`${stack.web}/en/compare?items=docker-desktop,virtualbox,hyper-v`);
        await page.screenshot({ path: screenshotPath(`compare-free-for-${name}`) });
      } finally {
        await close();
      }
    },
  );

  it.concurrent.for([
    { locale: "en", separator: ", ", not: "，" },
    { locale: "zh-Hans", separator: "，", not: ", " },
    { locale: "zh-Hant", separator: "，", not: ", " },
  ])(
    "joins a verdict's conditions with the comma of the page's script ($locale)",
    async ({ locale, separator, not }, { expect }) => {
      await pages.use(async (page) => {
        await page.goto(`${stack.web}/${locale}/compare?items=hyper-v,virtualbox,vmware-workstation`);
        // A verdict that holds from a date and from a build says both, as the page's language writes a list.
        const conditions = await page.getByTestId("compare-yes-no").locator("td strong + span").allInnerTexts();
        const several = conditions.filter((c) => c.includes(separator));
        expect(several.length, "a verdict with two conditions").toBeGreaterThan(0);
        expect(conditions.filter((c) => c.includes(not))).toEqual([]);
      });
    },
  );

  it("hides equal rows with the switch and keeps it in the address", async () => {
    const { context, close } = await openBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en/compare?items=hyper-v,virtualbox,vmware-workstation`);
      const table = page.getByTestId("compare-table");
      const same = table.locator('tr[data-differs="false"]');
      expect(await same.count()).toBeGreaterThan(0);
      expect(await same.first().isVisible()).toBe(true);
      await page.getByRole("switch", { name: "Only differences" }).click();
      await expect.poll(() => same.first().isVisible(), WAIT).toBe(false);
      expect(page.url()).toContain("diff=1");
      // Each value leads to its facts and sources.
      const ref = table.locator("sup a:visible").first();
      const note = await ref.innerText();
      await ref.click();
      expect(page.url()).toMatch(new RegExp(`#note-${note}$`));
      // Adding an entry with the picker.
      await page.getByTestId("compare-picker").fill("Docker Desktop");
      await page
        .getByRole("option", { name: /Docker Desktop/ })
        .first()
        .click();
      await page.waitForURL(/items=hyper-v,virtualbox,vmware-workstation,docker-desktop/);
      await expect.poll(() => table.locator("thead th").count(), WAIT).toBe(5);
    } finally {
      await close();
    }
  });
});

describe("the timeline", () => {
  it("filters by search parameters on the server and highlights the four milestones", async () => {
    const html = await (await fetch(`${stack.web}/en/timeline?milestones=1`)).text();
    expect(html.match(/data-milestone="true"/g)).toHaveLength(4);
    const { context, close } = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en/timeline?entity=hyper-v&from=2008&to=2012`);
      const dates = await page
        .locator("li[id^=event-] time")
        .evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.every((d) => d >= "2008" && d < "2013")).toBe(true);
      // Deep links to an event.
      await page.goto(`${stack.web}/en/timeline#event-microsoft-docker-partnership`);
      expect(await page.locator("#event-microsoft-docker-partnership").getAttribute("data-milestone")).toBe("true");
    } finally {
      await close();
    }
  });

  // Years out of view are not laid out until they scroll near (content-visibility), so their
  // heights are guesses: a link must still land on its year, and a deep link on its event.
  it.concurrent.for([
    { name: "phone", viewport: { width: 390, height: 844 } },
    { name: "desktop", viewport: { width: 1280, height: 860 } },
  ])("lands on the year the index links to, on a $name", async ({ viewport }, { expect }) => {
    const { context, close } = await openBrowser({ viewport });
    try {
      const page = await context.newPage();
      const inView = (selector: string) =>
        page
          .locator(selector)
          .evaluate((e) => {
            const { top, bottom } = e.getBoundingClientRect();
            return top >= 0 && bottom <= window.innerHeight;
          })
          .catch(() => false);
      await page.goto(`${stack.web}/en/timeline#event-wsl2-general-availability`, { waitUntil: "load" });
      await expect.poll(() => inView("#event-wsl2-general-availability-title"), WAIT).toBe(true);
      for (const year of ["2020", "2008", "2024", "2014"]) {
        await page.locator(`nav a[href="#y-${year}"]`).click();
        // The year's first event, below its heading (a heading scrolled past sticks to the top).
        await expect.poll(() => inView(`#y-${year} > ol > li:first-child h3`), WAIT).toBe(true);
      }
    } finally {
      await close();
    }
  });
});

describe("the timeline's year index", () => {
  it.concurrent.for([
    { name: "desktop", viewport: { width: 1280, height: 860 } },
    { name: "tablet", viewport: { width: 800, height: 1000 } },
  ])("stays in view above the events, covering none of them, on a $name", async ({ name, viewport }, { expect }) => {
    const { context, close } = await openBrowser({ viewport });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en/timeline`, { waitUntil: "load" });
      const index = page.getByRole("navigation", { name: "Years" });
      for (const year of ["2016", "2008", "2024"]) {
        // The link is on the screen already, screens down the page: no scrolling to reach it.
        const link = index.getByRole("link", { name: new RegExp(`^${year}`) });
        const at = await link.evaluate((a) => {
          const { top, bottom } = a.getBoundingClientRect();
          return { top, bottom };
        });
        expect(at.top).toBeGreaterThanOrEqual(0);
        expect(at.bottom).toBeLessThanOrEqual(viewport.height);
        await link.click();
        await expect.poll(() => page.evaluate(() => window.location.hash), WAIT).toBe(`#y-${year}`);
        // The year's heading and its first event are below the bar, not under it. Everything is
        // measured in one frame once the scroll has come to rest: the bar is measured again each
        // time, because before the scroll it still sits in the page's flow, lower down.
        await expect
          .poll(
            () =>
              page.evaluate(async (y) => {
                const frame = () => new Promise((done) => requestAnimationFrame(done));
                const before = window.scrollY;
                await frame();
                await frame();
                if (window.scrollY !== before) return "scrolling";
                const nav = document.querySelector('nav[aria-label="Years"]');
                const heading = document.querySelector(`#y-${y} > h2`);
                const first = document.querySelector(`#y-${y} > ol > li:first-child h3`);
                if (!nav?.parentElement || !heading || !first) return "missing";
                const bar = nav.parentElement.getBoundingClientRect().bottom;
                const h = heading.getBoundingClientRect();
                const f = first.getBoundingClientRect();
                return h.top >= bar - 1 && f.top >= bar && f.bottom <= window.innerHeight
                  ? "clear"
                  : `heading ${Math.round(h.top)}, event ${Math.round(f.top)}-${Math.round(f.bottom)}, bar ${Math.round(bar)}`;
              }, year),
            WAIT,
          )
          .toBe("clear");
      }
      expect(await page.evaluate(() => window.scrollY), "the page scrolled").toBeGreaterThan(viewport.height);
      await page.screenshot({ path: screenshotPath(`timeline-years-${name}`) });
    } finally {
      await close();
    }
  });
});

describe("the timeline's year index on a desktop", () => {
  it.concurrent.for([
    { name: "desktop", viewport: { width: 1280, height: 860 } },
    { name: "narrow-desktop", viewport: { width: 960, height: 800 } },
  ])(
    "shows every year at once, none clipped or off the screen, at $viewport.width px",
    async ({ name, viewport }, { expect }) => {
      const { context, close } = await openBrowser({ viewport });
      try {
        const page = await context.newPage();
        await page.goto(`${stack.web}/en/timeline`, { waitUntil: "load" });
        const index = page.getByRole("navigation", { name: "Years" });
        const seen = await index.evaluate((nav) => {
          const bar = nav.getBoundingClientRect();
          return {
            scrolls: nav.scrollWidth > nav.clientWidth + 1,
            links: Array.from(nav.querySelectorAll("a")).map((a) => {
              const r = a.getBoundingClientRect();
              return {
                year: a.textContent,
                inside:
                  r.left >= bar.left - 1 &&
                  r.right <= bar.right + 1 &&
                  r.top >= bar.top - 1 &&
                  r.bottom <= bar.bottom + 1,
                left: r.left,
                right: r.right,
                top: r.top,
                bottom: r.bottom,
                fits: a.scrollWidth <= a.clientWidth + 1,
              };
            }),
          };
        });
        expect(seen.links.length).toBeGreaterThan(10);
        expect(seen.scrolls, "the year index scrolls sideways").toBe(false);
        for (const l of seen.links) {
          expect(l.inside, `${l.year} is clipped by the index`).toBe(true);
          expect(l.fits, `${l.year} is cut short`).toBe(true);
          expect(l.left, l.year!).toBeGreaterThanOrEqual(0);
          expect(l.right, l.year!).toBeLessThanOrEqual(viewport.width);
          expect(l.top, l.year!).toBeGreaterThanOrEqual(0);
          expect(l.bottom, l.year!).toBeLessThanOrEqual(viewport.height);
        }
        // The last year is a click away, and its first event is not under the bar.
        const last = index.getByRole("link").last();
        const year = (await last.getAttribute("href"))!.slice(1);
        await last.click();
        const bar = await index.evaluate((n) => n.parentElement!.getBoundingClientRect().bottom);
        await expect
          .poll(
            () =>
              page
                .locator(`#${year} > ol > li:first-child h3`)
                .evaluate((h, b) => h.getBoundingClientRect().top >= b, bar),
            WAIT,
          )
          .toBe(true);
        await page.goto(`${stack.web}/en/timeline`, { waitUntil: "load" });
        await page.screenshot({ path: screenshotPath(`timeline-years-top-${name}`) });
      } finally {
        await close();
      }
    },
  );
});

describe("entry pages' other names", () => {
  it.concurrent.for(LOCALES)("carry their own language on the %s page", async (locale, { expect }) => {
    const { context, close } = await openBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/${locale}/entities/cgroups`, { waitUntil: "load" });
      expect(await page.locator("html").getAttribute("lang")).toBe(locale);
      const langOf = async (text: string) => {
        const alias = page.locator("span[class*=alias]", { hasText: new RegExp(`^${text}$`) });
        expect(await alias.count(), text).toBe(1);
        return alias.evaluate((e) => e.closest("[lang]")!.getAttribute("lang"));
      };
      // Each alias reads in its own language and script, whatever the page's.
      expect(await langOf("控制組")).toBe("zh-Hant");
      expect(await langOf("控制组")).toBe("zh-Hans");
      expect(await langOf("control groups")).toBe("en");
    } finally {
      await close();
    }
  });
});

describe("entry pages", () => {
  it("draw the relations as a diagram linking to the neighbours, and answer 404 for unknown entries", async () => {
    const { context, close } = await openBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`${stack.web}/en/entities/docker-toolbox`);
      const diagram = page.getByTestId("relation-diagram");
      expect(await diagram.locator("a").count()).toBeGreaterThan(3);
      await diagram.locator('a[href="/en/entities/virtualbox"]').click();
      await page.waitForURL(/\/en\/entities\/virtualbox$/);
      const missing = await page.goto(`${stack.web}/zh-Hant/entities/no-such-thing`);
      expect(missing?.status()).toBe(404);
      expect(await page.locator("html").getAttribute("lang")).toBe("zh-Hant");
      expect(await page.locator("h1").innerText()).toBe("知識庫中沒有這個條目");
    } finally {
      await close();
    }
  });
});
