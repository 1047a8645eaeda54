/**
 * Issue 16, "silent double counting", end to end in Chromium (standalone mode, the production
 * build): the open workbook's template sheet (KOF 2020 structured under Mall, pre-ticked in
 * Sammanställ) together with the same report as a file. The summary shows the duplicate in a
 * warning and counts the report once; the overview and the Word chapter (a lazy chunk) work in
 * the browser. Screenshots for the user guide go to docs/screenshots/.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { unzipSync, strFromU8 } from "fflate";
import { ensurePaneBuilt, E2E_OUTPUT, ROOT, type BuiltPane } from "./support/build";
import { startServer, type PaneServer } from "./support/server";
import { launchChromium, openGuardedPage, type GuardedPage } from "./support/browser";
import { seriousViolations } from "./support/axe";
import { writeScreenshotIfChanged } from "./support/screenshot-file";
import { SEED_FIXTURE_DIR } from "../fixtures/seeds/format";

jest.setTimeout(180_000);

const DOWNLOADS = path.join(E2E_OUTPUT, "downloads");

function expectedActivities(id: string): number {
  const fixture = JSON.parse(fs.readFileSync(path.join(SEED_FIXTURE_DIR, `${id}.json`), "utf8")) as { expected: { activities: unknown[] } };
  return fixture.expected.activities.length;
}

let pane: BuiltPane;
let server: PaneServer;
let browser: Browser;
let guarded: GuardedPage | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  pane = await ensurePaneBuilt();
  server = await startServer(pane.dir);
  fs.mkdirSync(DOWNLOADS, { recursive: true });
}, 15 * 60_000);

afterAll(async () => {
  await guarded?.context.close();
  await browser?.close();
  await server?.close();
});

const panel = (page: Page, name: string) => page.getByRole("tabpanel", { name, exact: true });
async function showView(page: Page, name: string) {
  await page.getByRole("tab", { name, exact: true }).click();
  await panel(page, name).waitFor();
}

it("consolidating the open workbook's template sheet together with the same report as a file shows the duplicate and counts it once", async () => {
  guarded = await openGuardedPage(browser, { width: 420, height: 900 });
  const { page, network } = guarded;
  await guarded.context.clock.setFixedTime(new Date("2024-09-16T09:30:00+02:00"));
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByTestId("host-mode").filter({ hasText: "Fristående läge (utan Excel)" }).waitFor();

  // The open workbook: KOF 2020 delår, structured into a template sheet under Mall.
  await page.getByLabel("Exempelarbetsböcker").selectOption("kof-2020-delar");
  await page.getByRole("button", { name: "Öppna exempel" }).click();
  await page.getByTestId("workbook-name").filter({ hasText: "Öppen: kof-2020-delar.xlsx" }).waitFor();
  await showView(page, "Mall");
  const mall = panel(page, "Mall");
  await mall.getByLabel("Blad att strukturera").selectOption("Uppföljning");
  await mall.getByRole("button", { name: "Strukturera blad" }).click();
  await mall.getByText(/^Bladet Uppföljning strukturerades till /).waitFor();

  // Sammanställ: the template sheet is pre-ticked; the same report and another one as files.
  await showView(page, "Sammanställ");
  const view = panel(page, "Sammanställ");
  const templateBox = view.getByRole("checkbox", { name: /\(mall\)$|^Uppföljning \(/ });
  await templateBox.first().waitFor();
  expect(await templateBox.first().isChecked()).toBe(true);
  await view.getByTestId("consolidate-files").setInputFiles(["kof-2020-delar", "vss-2023-delar"].map((id) => path.join(pane.dir, "examples", `${id}.xlsx`)));
  await view.getByRole("button", { name: "Läs in och sammanställ" }).click();
  const result = view.getByTestId("consolidate-result");
  await result.waitFor();

  const kof = expectedActivities("kof-2020-delar");
  const vss = expectedActivities("vss-2023-delar");
  await expect(result.getByTestId("consolidate-totals").innerText()).resolves.toBe(`${kof + vss} aktiviteter från 2 organisationer`);
  await result.getByText(`Alla aktiviteter är med (${kof + vss} av ${kof + vss}).`).waitFor();
  const warning = result.getByTestId("consolidate-duplicates");
  expect(await warning.getAttribute("role")).toBe("alert");
  await warning.getByText("Samma rapport finns två gånger").waitFor();
  const cards = await result.getByTestId("consolidate-source").evaluateAll((items) =>
    items.map((card) => [card.querySelector('[data-field="file"]')?.textContent, card.querySelector('[data-field="status"]')?.textContent]),
  );
  expect(cards.filter(([, status]) => status === "Dubblett, räknas inte")).toHaveLength(1);
  expect(cards.filter(([, status]) => status === "Läst")).toHaveLength(2);
  await result.getByTestId("submission-overview").waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.mouse.move(0, 0);
  const top = (await page.getByRole("navigation", { name: "Vyer" }).boundingBox())!.y;
  const resultBox = (await result.boundingBox())!;
  writeScreenshotIfChanged(
    path.join(ROOT, "docs", "screenshots", "sammanstall-dubblett.png"),
    await page.screenshot({ fullPage: true, clip: { x: 0, y: Math.max(top, resultBox.y - 8), width: 420, height: 900 }, animations: "disabled" }),
  );

  // Counting it anyway is the user's choice, and says so.
  await warning.getByRole("checkbox").click();
  await result.getByText(/Du har valt att räkna dubbletterna/).waitFor();
  await expect(result.getByTestId("consolidate-totals").innerText()).resolves.toBe(`${2 * kof + vss} aktiviteter från 2 organisationer`);

  // The Word chapter, made in the browser from its own chunk.
  const [download] = await Promise.all([page.waitForEvent("download"), result.getByRole("button", { name: "Ladda ner kapitel för Word" }).click()]);
  expect(download.suggestedFilename()).toBe("kapitel.docx");
  const saved = path.join(DOWNLOADS, "kapitel.docx");
  await download.saveAs(saved);
  const document = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(saved)))["word/document.xml"]!);
  expect(document).toContain("Kultur- och fritidsförvaltningen");
  expect(network.requests.some((url) => /word-chapter/.test(url))).toBe(true);
  expect(network.blocked).toEqual([]);
});
