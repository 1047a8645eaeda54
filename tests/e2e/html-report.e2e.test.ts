/**
 * The HTML report in Chromium (issue 16): the five seed reports consolidated, the page printed to
 * PDF at A4 portrait with nothing cut off (no element wider than the printable width), no
 * sideways scrolling at 800 px or in a 360 px phone, and the screenshot in docs/ retaken.
 */
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { fixtureBytes } from "../../src/cli/commands/examples";
import { renderSummaryHtml } from "../../src/core/consolidate";
import { standardProfile } from "../../src/core/profile/load";
import { consolidateSources } from "../../src/core/workflow";
import { FileWorkbook } from "../../src/workbook/file";
import { loadSeedFixtures } from "../fixtures/seeds/format";
import { launchChromium, openGuardedPage, type GuardedPage } from "./support/browser";
import { ROOT } from "./support/build";
import { writeScreenshotIfChanged } from "./support/screenshot-file";

jest.setTimeout(120_000);

/** A4 portrait less the report's @page margins (12 mm each side), in CSS pixels (96 per inch). */
const A4_PRINTABLE_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96);

let browser: Browser;
let html: string;
const opened: GuardedPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  const sources = await Promise.all(
    loadSeedFixtures().map(async ({ fixture }) => {
      const bytes = await fixtureBytes(fixture);
      return { file: `${fixture.id}.xlsx`, open: () => FileWorkbook.open(bytes) };
    }),
  );
  const summary = await consolidateSources(sources, { profile: standardProfile, now: new Date("2026-12-06T09:30:00Z") });
  html = renderSummaryHtml(summary, standardProfile);
});

afterAll(async () => {
  for (const guarded of opened) await guarded.context.close();
  await browser?.close();
});

async function reportPage(width: number): Promise<GuardedPage> {
  const guarded = await openGuardedPage(browser, { width, height: 900 });
  opened.push(guarded);
  await guarded.page.setContent(html, { waitUntil: "load" });
  return guarded;
}

/**
 * Elements reaching past the page's right edge, and the page itself scrolling sideways. On a
 * phone a wide table may scroll inside its own region (.scroll): nothing is cut off there.
 */
async function tooWide(page: Page, allowScrollRegions = false): Promise<string[]> {
  return page.evaluate((allowScroll) => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > width) problems.push(`page: scrollWidth ${root.scrollWidth} > ${width}`);
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      if (allowScroll && element.closest(".scroll")) continue;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5)
        problems.push(`${element.tagName.toLowerCase()}.${element.className}: right ${Math.round(box.right)} > ${width}`);
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== "visible")
        problems.push(`${element.tagName.toLowerCase()}.${element.className}: scrolls sideways`);
    }
    return problems.slice(0, 10);
  }, allowScrollRegions);
}

describe("the HTML report in Chromium", () => {
  it("printed at A4 portrait: nothing wider than the page", async () => {
    const { page, network } = await reportPage(A4_PRINTABLE_PX);
    await page.emulateMedia({ media: "print" });
    expect(await tooWide(page)).toEqual([]);
    const pdf = await page.pdf({ format: "A4", landscape: false, preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString("latin1");
    // A4 portrait is 595 × 842 points; every page of the PDF must have that box.
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
    expect(network.blocked).toEqual([]);
    expect(network.problems).toEqual([]);
  });

  it("on screen at 800 px: no sideways scrolling, nothing cut off", async () => {
    const { page } = await reportPage(800);
    expect(await tooWide(page)).toEqual([]);
  });

  it("on a 360 px phone: the page does not scroll sideways; only a wide table scrolls in its own region", async () => {
    const { page } = await reportPage(360);
    expect(await tooWide(page, true)).toEqual([]);
  });

  it("the screenshot in docs/ shows the current report", async () => {
    const { page } = await reportPage(1000);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 1000, height: Math.min(900, height) }, fullPage: true, animations: "disabled" });
    writeScreenshotIfChanged(path.join(ROOT, "docs", "screenshots", "sammanstallning-html.png"), png);
  });
});
