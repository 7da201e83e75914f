// One axe-core pass over a page, as the browser tests assert it: the serious and critical
// violations, every rule axe runs by default.
import AxeBuilder from "@axe-core/playwright";
import type { AxeResults, Result, RunOptions } from "axe-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Only violations in full: axe otherwise serialises every node that passed (over a megabyte on
 * the timeline), which took longer than the rules.
 */
const OPTIONS: RunOptions = { resultTypes: ["violations"] };

/** The page's window once axe-core is evaluated in it. */
interface WithAxe {
  axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
}

/**
 * The violations on the page. Without iframes, axe-core is evaluated once in the page and runs
 * there (`axe.run`, the rules AxeBuilder runs): AxeBuilder evaluates its 550 kB twice, runs the
 * rules per frame and then once more in a blank page it opens, three to four times the cost of
 * the rules themselves. With iframes, AxeBuilder's frame-by-frame run stays.
 */
async function violations(page: Page): Promise<Result[]> {
  if (page.frames().length > 1) return (await new AxeBuilder({ page }).options(OPTIONS).analyze()).violations;
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (options) => {
    const { axe } = window as unknown as WithAxe;
    return (await axe.run(document, options)).violations;
  }, OPTIONS);
}

/** The serious and critical violations on the page, each as "rule (impact): help — first targets". */
export async function seriousViolations(page: Page): Promise<string[]> {
  return (await violations(page))
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}
