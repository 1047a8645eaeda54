/**
 * The pane for a working day, in Chromium (issue 16): a 100,000-row file opens in the standalone
 * page while the page stays responsive (a click handled within 200 ms, progress shown); KS 2018
 * structured in the pane gives no more warnings than its original sheet; "Gå till" in the browser
 * explains how to fix the cell.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { standardProfile } from "../../src/core/profile/load";
import { structureSheets } from "../../src/core/structure";
import { buildTemplateSheets } from "../../src/core/template";
import type { Activity } from "../../src/core/model";
import { FileWorkbook } from "../../src/workbook/file";
import { fixtureToGrids, loadSeedFixture } from "../fixtures/seeds/format";
import { ensurePaneBuilt, E2E_OUTPUT } from "./support/build";
import { startServer, type PaneServer } from "./support/server";
import { launchChromium, openGuardedPage, type GuardedPage } from "./support/browser";

jest.setTimeout(240_000);

let server: PaneServer;
let browser: Browser;
const opened: GuardedPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  const pane = await ensurePaneBuilt();
  server = await startServer(pane.dir);
}, 15 * 60_000);

afterAll(async () => {
  for (const guarded of opened) await guarded.context.close();
  await browser?.close();
  await server?.close();
});

async function openPane(): Promise<GuardedPage> {
  const guarded = await openGuardedPage(browser, { width: 420, height: 900 });
  opened.push(guarded);
  await guarded.page.goto(`${server.origin}/taskpane.html`);
  await guarded.page.getByTestId("host-mode").filter({ hasText: "Fristående läge (utan Excel)" }).waitFor();
  return guarded;
}

/** A standard template with 100,000 activities: the KOF 2020 activities over and over. */
async function hundredThousandRows(): Promise<string> {
  const file = path.join(E2E_OUTPUT, "hundred-thousand.xlsx");
  if (fs.existsSync(file)) return file;
  const [result] = structureSheets(fixtureToGrids(loadSeedFixture("kof-2020-delar")), { profile: standardProfile }).filter((r) => r.ok);
  if (!result?.ok) throw new Error("kof did not structure");
  const seed = result.report.activities;
  const activities: Activity[] = Array.from({ length: 100_000 }, (_, i) => {
    const base = seed[i % seed.length]!;
    return { ...base, id: `a${i}`, parentId: null, activity: `${base.activity} (${i + 1})` };
  });
  const workbook = FileWorkbook.create();
  await workbook.writeSheets(buildTemplateSheets({ meta: result.report, activities, profile: standardProfile, register: [], sheetName: "Uppföljning" }));
  fs.mkdirSync(E2E_OUTPUT, { recursive: true });
  fs.writeFileSync(file, await workbook.save());
  return file;
}

/** Every click's delay from the input event to its handler, recorded in the page. */
async function recordClickDelays(page: Page): Promise<void> {
  await page.evaluate(() => {
    const delays: number[] = [];
    (window as unknown as { clickDelays: number[] }).clickDelays = delays;
    document.addEventListener("click", (event) => delays.push(performance.now() - event.timeStamp), { capture: true });
  });
}

function warningsIn(summary: string): number {
  const match = /(\d+) varning/.exec(summary);
  if (!match) throw new Error(`no warning count in "${summary}"`);
  return Number(match[1]);
}

async function checkWarnings(page: Page): Promise<number> {
  await page.getByRole("tab", { name: "Kontrollera", exact: true }).click();
  const view = page.getByRole("tabpanel", { name: "Kontrollera", exact: true });
  await view.getByRole("button", { name: /^Kontrollera/ }).click();
  const summary = view.getByTestId("check-summary");
  await summary.waitFor();
  return warningsIn((await summary.textContent()) ?? "");
}

describe("a working day in the standalone pane", () => {
  it("a 100,000-row file opens in a worker: progress shown, a click handled within 200 ms meanwhile", async () => {
    const file = await hundredThousandRows();
    const { page } = await openPane();
    await recordClickDelays(page);
    await page.getByTestId("open-workbook").setInputFiles(file);
    const progress = page.getByTestId("open-progress");
    await progress.getByRole("progressbar").waitFor();
    await progress.getByText(/steg \d av 3/).waitFor();
    // While the worker reads: switch tabs, with the mouse, as a user would.
    await page.getByRole("tab", { name: "Inställningar", exact: true }).click();
    const delays = await page.evaluate(() => (window as unknown as { clickDelays: number[] }).clickDelays);
    expect(await progress.isVisible()).toBe(true);
    expect(delays.length).toBeGreaterThan(0);
    expect(Math.max(...delays)).toBeLessThan(200);
    await page.getByTestId("workbook-name").filter({ hasText: "Öppen: hundred-thousand.xlsx" }).waitFor({ timeout: 180_000 });
  });

  it("KS 2018 structured in the pane gives no more warnings than the original sheet", async () => {
    const { page } = await openPane();
    await page.getByLabel("Exempelarbetsböcker").selectOption("ks-2018-delar");
    await page.getByRole("button", { name: "Öppna exempel" }).click();
    await page.getByTestId("workbook-name").filter({ hasText: "Öppen: ks-2018-delar.xlsx" }).waitFor();
    const original = await checkWarnings(page);

    await page.getByRole("tab", { name: "Mall", exact: true }).click();
    const mall = page.getByRole("tabpanel", { name: "Mall", exact: true });
    await mall.getByLabel("Blad att strukturera").selectOption({ index: 0 });
    await mall.getByRole("button", { name: "Strukturera blad" }).click();
    await mall.getByTestId("structure-report").waitFor();
    const structured = await checkWarnings(page);
    expect(structured).toBeLessThanOrEqual(original);
  });

  it("Gå till in the browser explains: download, fix in Excel, open again", async () => {
    const { page } = await openPane();
    await page.getByRole("button", { name: "Öppna exempel" }).click();
    await page.getByTestId("workbook-name").filter({ hasText: "Öppen: kof-2020-delar.xlsx" }).waitFor();
    await checkWarnings(page);
    const view = page.getByRole("tabpanel", { name: "Kontrollera", exact: true });
    await view.getByRole("button", { name: /^Gå till / }).first().click();
    const note = view.getByTestId("standalone-goto");
    await note.waitFor();
    expect(await note.textContent()).toMatch(/Ladda ner arbetsboken, rätta \S+ på bladet .+ i Excel, spara och öppna filen här igen/);
  });

  it("the findings list of KS 2018 is passed in a few Tab stops, or one with the skip link", async () => {
    const { page } = await openPane();
    await page.getByLabel("Exempelarbetsböcker").selectOption("ks-2018-delar");
    await page.getByRole("button", { name: "Öppna exempel" }).click();
    await page.getByTestId("workbook-name").filter({ hasText: "Öppen: ks-2018-delar.xlsx" }).waitFor();
    await checkWarnings(page);
    // Past the list: the focus is neither in it nor on the skip link before it (the page may have
    // nothing focusable after the list, so the focus then leaves for the document itself).
    const outsideList = () =>
      page.evaluate(() => {
        const list = document.querySelector('[data-testid="finding-groups"]')!;
        const active = document.activeElement;
        return active === null || (!list.contains(active) && active.getAttribute("data-testid") !== "skip-findings");
      });
    // From the skip link (the first stop after the summary), Tab until the focus is past the list.
    await page.getByTestId("skip-findings").focus();
    let stops = 0;
    while (!(await outsideList()) && stops < 500) {
      await page.keyboard.press("Tab");
      stops++;
    }
    console.info(`KS 2018: ${stops} Tab stops through the findings list`);
    expect(stops).toBeLessThan(40);
    // The skip link: Enter, and the focus is at the end of the list.
    await page.getByTestId("skip-findings").focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("finding-groups-end");
  });

  it("follows the system's dark theme; in forced colours a disabled button is drawn in GrayText", async () => {
    const { page } = await openPane();
    const background = () => page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
    expect(await background()).toBe("rgb(255, 255, 255)");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor !== "rgb(255, 255, 255)");
    const [r, g, b] = (await background()).match(/\d+/g)!.map(Number);
    expect(Math.max(r!, g!, b!)).toBeLessThan(80);

    await page.emulateMedia({ colorScheme: "light", forcedColors: "active" });
    await page.getByRole("button", { name: "Öppna exempel" }).click();
    await page.getByTestId("workbook-name").filter({ hasText: "Öppen: kof-2020-delar.xlsx" }).waitFor();
    await page.getByRole("tab", { name: "Kontrollera", exact: true }).click();
    const view = page.getByRole("tabpanel", { name: "Kontrollera", exact: true });
    const colours = await view.getByRole("button", { name: "Rätta alla (0)" }).evaluate((button) => {
      const probe = document.createElement("span");
      probe.style.color = "GrayText";
      document.body.append(probe);
      const grayText = getComputedStyle(probe).color;
      probe.remove();
      return { button: getComputedStyle(button).color, grayText };
    });
    expect(colours.button).toBe(colours.grayText);
  });
});
