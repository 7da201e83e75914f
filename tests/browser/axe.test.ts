// The accessibility pass the page tests rely on (axe-core run in the page itself) finds what it
// should: a pass that found nothing would let every page test pass.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { openBrowser } from "./harness.ts";

const BROKEN = `<main><img src="a.png"><p style="color:#aaa;background:#fff">Pale text</p><button></button></main>`;

let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("the accessibility pass", () => {
  it("names each serious or critical violation of a page, and none of a sound one", async () => {
    const page = await browser.context.newPage();
    await page.setContent(`<html><body>${BROKEN}</body></html>`);
    const found = (await seriousViolations(page)).map((v) => v.split(" ")[0]);
    expect(found).toEqual(
      expect.arrayContaining(["image-alt", "color-contrast", "button-name", "html-has-lang", "document-title"]),
    );
    await page.setContent(
      `<html lang="en"><head><title>Sound</title></head><body><main><h1>Sound</h1></main></body></html>`,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
